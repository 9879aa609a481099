package org.switchboard.server.knowledge.internal;

import java.util.List;

/** What the demo's shop sells, as its help articles need to know it. */
final class DemoCatalog {

    enum Category {
        APPAREL("apparel", 30, 2, "Wash at 30 °C inside out with similar colours; do not tumble dry; hang to dry"
                + " away from direct heat."),
        FOOTWEAR("footwear", 30, 2, "Brush off dry dirt, wipe the uppers with a damp cloth, take out the insoles"
                + " and let both dry at room temperature, stuffed with newspaper; never on a radiator."),
        ELECTRONICS("electronics", 14, 2, "Wipe with a dry, lint-free cloth; keep away from liquids; store at"
                + " 40–60 % charge if unused for more than a month."),
        KITCHEN("kitchen", 30, 3, "Unplug and let it cool; wash removable parts in warm soapy water (the manual"
                + " lists which are dishwasher-safe); descale monthly in hard-water areas."),
        OUTDOOR("outdoor", 30, 3, "Dry completely before storing; clean with lukewarm water and a mild soap;"
                + " reproof with a wash-in or spray-on treatment once water stops beading."),
        HOME("home", 30, 5, "Dust with a soft dry cloth; clean marks with a damp cloth and mild soap; check"
                + " and tighten screws every six months.");

        final String tag;
        final int returnDays;
        final int warrantyYears;
        final String care;

        Category(String tag, int returnDays, int warrantyYears, String care) {
            this.tag = tag;
            this.returnDays = returnDays;
            this.warrantyYears = warrantyYears;
            this.care = care;
        }
    }

    /**
     * @param problem a common fault, as a customer would put it
     * @param fix     the first things to try, in order
     */
    record Product(String name, Category category, String problem, List<String> fix, boolean bulky) {

        String slug() {
            return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    private DemoCatalog() {
    }

    static List<Product> products() {
        return List.of(
                p("Rain jacket", Category.APPAREL, "lets water through at the seams",
                        "check that the hood and cuffs are closed", "reproof the outer fabric",
                        "look for a lifted seam tape and send a photo"),
                p("Wool sweater", Category.APPAREL, "has started to pill", "remove pills with a fabric comb",
                        "wash on the wool programme only", "dry flat"),
                p("Down vest", Category.APPAREL, "has lost its loft", "tumble dry on low with two clean tennis balls",
                        "store uncompressed", "wash with a down detergent"),
                p("Softshell trousers", Category.APPAREL, "zip on the leg pocket is stuck",
                        "rub the teeth with a graphite pencil", "ease the slider back gently",
                        "never force it past a bent tooth"),
                p("Merino base layer", Category.APPAREL, "has shrunk after washing",
                        "soak in lukewarm water with hair conditioner", "stretch gently while damp", "dry flat"),
                p("Winter parka", Category.APPAREL, "hood fur trim is detaching", "check the press studs",
                        "do not sew through the lining", "send a photo for a warranty repair"),
                p("Trail running shoes", Category.FOOTWEAR, "cause blisters on the heel",
                        "use the top eyelet for a heel-lock lacing", "wear thicker socks",
                        "check the size against the size guide"),
                p("Leather hiking boots", Category.FOOTWEAR, "leak at the toe", "clean and wax the leather",
                        "check the sole seam", "send a photo of the inside lining"),
                p("City sneakers", Category.FOOTWEAR, "squeak when walking", "lift the insole and dust it with talc",
                        "check that the insole lies flat", "let wet shoes dry completely"),
                p("Kids' rain boots", Category.FOOTWEAR, "have a split at the flex point",
                        "stop using them to avoid wet feet", "check the purchase date",
                        "send a photo for a replacement"),
                p("Slippers", Category.FOOTWEAR, "sole is separating", "stop wearing them outdoors",
                        "check the purchase date", "send a photo for a replacement"),
                p("Wireless earbuds", Category.ELECTRONICS, "will not pair with the phone",
                        "put both earbuds in the case and hold the button for 10 seconds to reset them",
                        "remove the earbuds from the phone's Bluetooth list", "pair again with the case open"),
                p("Smartwatch", Category.ELECTRONICS, "does not charge", "clean the charging contacts with a dry cloth",
                        "use the original cable and a 5 V adapter", "leave it on the charger for 30 minutes"),
                p("E-reader", Category.ELECTRONICS, "screen is frozen", "hold the power button for 40 seconds",
                        "charge for an hour", "reset to factory settings from the settings menu"),
                p("Bluetooth speaker", Category.ELECTRONICS, "cuts out during playback",
                        "keep the phone within 10 metres", "update the speaker's firmware in the app",
                        "turn off other Bluetooth devices nearby"),
                p("Action camera", Category.ELECTRONICS, "says the memory card is full",
                        "format the card in the camera, not on a computer", "use a card rated V30 or faster",
                        "check that the card holds at most 256 GB"),
                p("Power bank", Category.ELECTRONICS, "will not charge a laptop", "check that the laptop charges over USB-C",
                        "use the USB-C port marked PD", "use a cable rated for 60 W"),
                p("Fitness tracker", Category.ELECTRONICS, "counts too few steps",
                        "set the wrist it is worn on in the app", "enter the height and stride length",
                        "wear it snugly above the wrist bone"),
                p("Espresso machine", Category.KITCHEN, "coffee comes out too slowly",
                        "use a coarser grind", "tamp more lightly", "descale the machine"),
                p("Coffee grinder", Category.KITCHEN, "grinds unevenly", "clean the burrs with a brush",
                        "check that the upper burr is seated", "grind in smaller batches"),
                p("Air fryer", Category.KITCHEN, "smokes during cooking", "empty the fat from the drawer",
                        "clean the heating element once cool", "do not add more than a tablespoon of oil"),
                p("Blender", Category.KITCHEN, "stops after a few seconds", "check that the jug is locked on the base",
                        "add liquid before frozen fruit", "let the motor cool for 20 minutes"),
                p("Electric kettle", Category.KITCHEN, "switches off before boiling", "descale the kettle",
                        "fill it above the minimum mark", "check the lid is closed"),
                p("Cast iron pan", Category.KITCHEN, "is rusting", "scrub the rust off with steel wool",
                        "dry on the hob", "season with a thin coat of oil at 230 °C for an hour"),
                p("Two-person tent", Category.OUTDOOR, "lets in condensation", "open both vents",
                        "pitch the fly taut and clear of the inner", "avoid pitching in hollows"),
                p("Sleeping bag", Category.OUTDOOR, "feels colder than its rating",
                        "use a sleeping mat rated R 3 or higher", "shake the bag to loft it before use",
                        "wear a dry base layer"),
                p("Hiking backpack", Category.OUTDOOR, "hurts the shoulders", "move the load onto the hip belt",
                        "adjust the back length", "tighten the load lifters to 45 degrees"),
                p("Camping stove", Category.OUTDOOR, "flame is weak", "check the canister is above 5 °C",
                        "clean the jet with the supplied needle", "shield the stove from wind"),
                p("Trekking poles", Category.OUTDOOR, "will not lock at length", "clean and dry the sections",
                        "turn the lever screw a quarter turn clockwise", "never oil the locks"),
                p("Headlamp", Category.OUTDOOR, "flickers", "clean the battery contacts",
                        "charge the battery fully", "check the lock mode is off"),
                p("Standing desk", Category.HOME, "wobbles at full height", "tighten the cross-bar screws",
                        "level the feet with their adjusters", "check the desk top is centred on the frame", true),
                p("Office chair", Category.HOME, "sinks slowly", "check the height lever is not held down",
                        "remove the weight and raise it again", "send the batch number printed under the seat", true),
                p("Bookshelf", Category.HOME, "leans forward", "fix it to the wall with the supplied bracket",
                        "level the base with the adjustable feet", "put heavy books on the lower shelves", true),
                p("Robot vacuum", Category.HOME, "does not return to its base", "clear 50 cm each side of the base",
                        "wipe the docking sensors", "place the base against a wall on a hard floor"),
                p("Desk lamp", Category.HOME, "light flickers when dimmed", "set the dimmer above 20 %",
                        "use the supplied adapter", "update the lamp in the app if it is smart"),
                p("Duvet", Category.HOME, "has lumps after washing", "tumble dry on low with two tennis balls",
                        "shake it out every hour while drying", "let it dry completely before use"));
    }

    private static Product p(String name, Category c, String problem, String a, String b, String d) {
        return new Product(name, c, problem, List.of(a, b, d), false);
    }

    private static Product p(String name, Category c, String problem, String a, String b, String d, boolean bulky) {
        return new Product(name, c, problem, List.of(a, b, d), bulky);
    }
}
