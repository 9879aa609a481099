package org.switchboard.server.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.internal.DemoCatalog.Category;
import org.switchboard.server.knowledge.internal.DemoCatalog.Product;

/**
 * The demo contact center's help articles: the shop's policies, and for every product its returns,
 * warranty, care, damaged deliveries, first steps, most common fault and delivery, written from
 * templates over the catalogue. Deterministic: the same articles in the same order on every start.
 */
public final class DemoCorpus {

    private static final List<String> SUPPORT = List.of("support", "chat-support", "email-support");
    private static final List<String> ALL = List.of("sales", "support", "chat-support", "email-support");

    private DemoCorpus() {
    }

    public static List<ArticleDraft> articles() {
        List<ArticleDraft> out = new ArrayList<>(DemoPolicies.articles());
        for (Product p : DemoCatalog.products()) {
            out.add(returns(p));
            out.add(warranty(p));
            out.add(care(p));
            out.add(damaged(p));
            out.add(firstSteps(p));
            out.add(fault(p));
            out.add(delivery(p));
        }
        return out;
    }

    private static ArticleDraft returns(Product p) {
        Category c = p.category();
        String opened = c == Category.ELECTRONICS
                ? "Opened electronics can be returned within " + c.returnDays + " days if every accessory and the"
                        + " original box come back with it; sealed ones within 30 days."
                : "It must be unused, with its labels still attached" + (c == Category.FOOTWEAR
                        ? ", and tried on indoors only: soles with outdoor wear cannot be resold." : ".");
        return draft(returnsTitle(p), """
                Customers can return their %1$s within **%2$d days** of delivery for a full refund or an exchange.
                %3$s

                ## What to tell the customer
                1. Open the order in the customer's account and choose **Return an item**.
                2. Pick the reason; for an exchange, pick the new size or colour while it is in stock.
                3. Print the prepaid label (or show the QR code at a drop-off point) and pack the item in its original packaging.

                The refund goes back to the original payment method within **5 working days** of the item reaching
                our warehouse. An exchange ships as soon as the return is scanned at the drop-off point.

                > Outside the %2$d days, offer a warranty check instead if the item is faulty (see *%4$s: warranty and repairs*).
                """.formatted(lower(p), c.returnDays, opened, p.name()), p, "returns", ALL);
    }

    private static ArticleDraft warranty(Product p) {
        Category c = p.category();
        return draft(p.name() + ": warranty and repairs", """
                We give a **%2$d-year warranty** on the %1$s from the delivery date against defects in materials and
                workmanship. Wear and tear, accidents and damage from not following the care instructions are not covered.

                ## Opening a warranty claim
                - Ask for the order number, or the receipt for a purchase in a shop.
                - Ask for a photo of the fault (and of the label or serial number) by email or in the chat.
                - Create the claim under **Orders › Claims**; the customer receives a claim number by email.

                We repair first; if a repair is not possible within **15 working days** we replace the item or refund it.
                %3$s
                """.formatted(lower(p), c.warrantyYears, p.bulky()
                ? "Because of its size, a technician visits for the repair; book the visit in the claim."
                : "Send the customer the prepaid repair label from the claim."), p, "warranty", SUPPORT);
    }

    private static ArticleDraft care(Product p) {
        return draft("Caring for your " + lower(p), """
                With good care the %1$s will last for years. Give the customer these instructions:

                %2$s

                ## Avoid
                - bleach, solvents and abrasive sponges;
                - storing it damp or in direct sunlight;
                - repairs by third parties while it is under warranty: they end the warranty.
                """.formatted(lower(p), p.category().care), p, "care", ALL);
    }

    private static ArticleDraft damaged(Product p) {
        return draft(p.name() + " arrived damaged or incomplete", """
                When an order with the %1$s arrives damaged or with parts missing, the customer does not need to send anything back first.

                1. Apologise and ask for photos of the item, the box and the shipping label.
                2. Check the parts list in the order: missing small parts ship free of charge within **2 working days**.
                3. For a damaged item, offer a replacement (sent at once) or a full refund; the carrier collects the damaged one.

                Report the damage to the carrier from **Orders › Delivery issue** within **7 days** of delivery so that
                we can claim it from them. Record the disposition *Damaged in transit* when you wrap up.
                """.formatted(lower(p)), p, "damaged", SUPPORT);
    }

    private static ArticleDraft firstSteps(Product p) {
        Category c = p.category();
        boolean sized = c == Category.APPAREL || c == Category.FOOTWEAR;
        String title = sized ? "Finding the right size for " + withArticle(p) : "Setting up your " + lower(p);
        String body = sized ? """
                We use European sizing for the %1$s. Ask the customer for their measurements rather than the size
                they wear from another brand.

                | If the customer is between two sizes | Suggest |
                |---|---|
                | wears it over thick layers | the larger size |
                | wants a close, athletic fit | the smaller size |

                %2$s Exchanges for another size are free within %3$d days (see *%4$s*).
                """.formatted(lower(p), c == Category.FOOTWEAR
                ? "Measure the foot in the evening, standing, heel against a wall; add 1 cm for running and hiking."
                : "Measure the chest under the arms and the inside leg from crotch to floor.", c.returnDays,
                returnsTitle(p))
                : """
                Before the first use of the %1$s:

                1. Unpack everything and check the parts against the list in the box.
                2. %2$s
                3. Register it in the customer's account under **My products** to keep the warranty details in one place.

                The quick-start guide is in the box; the full manual is on the product page under **Downloads**.
                """.formatted(lower(p), switch (c) {
                    case ELECTRONICS -> "Charge it fully before first use, then install the app and update the firmware.";
                    case KITCHEN -> "Wash every part that touches food and run it once empty to burn off the factory coating.";
                    case OUTDOOR -> "Try it out at home once: pitch, light or adjust it before taking it on a trip.";
                    default -> "Assemble it on a soft surface with the supplied tools; do not tighten the screws fully"
                            + " until every part is in place.";
                });
        return draft(title, body, p, sized ? "sizing" : "setup", ALL);
    }

    private static ArticleDraft fault(Product p) {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < p.fix().size(); i++) {
            steps.append(i + 1).append(". ").append(capital(p.fix().get(i))).append(".\n");
        }
        return draft("My " + lower(p) + " " + p.problem(), """
                A customer reports that their %1$s %2$s. Go through these steps with them, in order:

                %3$s
                If the fault persists, it is a warranty case: open a claim (see *%4$s: warranty and repairs*).
                Note which steps the customer tried in the interaction's notes.
                """.formatted(lower(p), p.problem(), steps, p.name()), p, "troubleshooting", SUPPORT);
    }

    private static ArticleDraft delivery(Product p) {
        return draft("Delivery options for " + withArticle(p), p.bulky() ? """
                We deliver the %1$s by **two-person freight delivery** to the room of the customer's choice, in
                **5–8 working days**. The carrier calls the day before to agree a two-hour slot.

                - Freight delivery costs 39.00 and is free on orders over 500.00.
                - Old furniture can be taken away for 25.00; add it to the order before it ships.
                - It cannot go to a parcel locker or a pick-up point.
                """.formatted(lower(p)) : """
                We ship the %1$s as a parcel:

                | Option | Arrives | Price |
                |---|---|---|
                | Standard | 2–4 working days | 4.95, free over 50.00 |
                | Express (order by 14:00) | next working day | 9.95 |
                | Pick-up point or locker | 2–3 working days | free |

                The tracking link is in the shipping confirmation email and in the order in the customer's account.
                """.formatted(lower(p)), p, "delivery", ALL);
    }

    private static ArticleDraft draft(String title, String body, Product p, String topic, List<String> services) {
        return new ArticleDraft(title, body.strip(), List.of(topic, p.category().tag, p.slug()), "en", services);
    }

    private static String lower(Product p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String returnsTitle(Product p) {
        return "Returning or exchanging " + withArticle(p);
    }

    /** "a rain jacket", "an air fryer", "trail running shoes". */
    private static String withArticle(Product p) {
        String name = lower(p);
        if (name.endsWith("s")) {
            return name;
        }
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
