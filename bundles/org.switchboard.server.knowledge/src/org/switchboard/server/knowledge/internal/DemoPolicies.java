package org.switchboard.server.knowledge.internal;

import java.util.List;

import org.switchboard.server.knowledge.ArticleDraft;

/** The demo shop's policies and account help: the articles that are not about one product. */
final class DemoPolicies {

    private static final List<String> ALL = List.of("sales", "support", "chat-support", "email-support");

    private DemoPolicies() {
    }

    static List<ArticleDraft> articles() {
        return List.of(
                a("Where is my order? Tracking a parcel", "orders,delivery", """
                        Open the order in the customer's account: the **Track** link shows the carrier's status.

                        - *Label created*: the parcel is packed and waits for the carrier (same or next working day).
                        - *In transit*: standard parcels arrive within 2–4 working days of this scan.
                        - *Delivery attempted*: the carrier left a card; the parcel waits 7 days at the pick-up point named on it.

                        If there has been no scan for **5 working days**, open a carrier investigation under
                        **Orders › Delivery issue**; offer a replacement or a refund at once if the customer prefers."""),
                a("Changing the delivery address of an order", "orders,delivery", """
                        The address can be changed in the order until it is **packed** (status *Processing*).
                        After that, the customer can redirect the parcel from the carrier's tracking page, once,
                        within the same country. Never change an address given by someone other than the account holder;
                        verify the customer with the verification code first."""),
                a("Cancelling an order", "orders", """
                        An order can be cancelled in full or in part until it is packed. Use **Cancel items** in the
                        order; the payment is released or refunded within 3 working days. Once packed, the customer
                        refuses the delivery or returns it (free within the return period)."""),
                a("Refund times by payment method", "payments,returns", """
                        | Payment method | Refund arrives |
                        |---|---|
                        | Card | 3–5 working days |
                        | PayPal | 1 working day |
                        | Invoice (pay later) | the invoice is reduced at once |
                        | Gift card | the gift card is topped up at once |

                        Refunds start when the return is checked at the warehouse, usually the day it arrives."""),
                a("Requesting an invoice with a VAT number", "payments,invoices", """
                        Business customers can add their company name and VAT number under **Account › Billing**
                        before ordering. For a past order, add the details, then choose **Re-issue invoice** in the
                        order: the corrected invoice is emailed within one hour. Invoices cannot be re-issued after
                        the end of the calendar year following the order."""),
                a("Paying by invoice (pay later)", "payments", """
                        Pay later is offered to customers with a delivery address in the EU, for orders up to 1,000.00.
                        The invoice is due **30 days** after shipping. A first reminder is free; after the second, a
                        fee of 5.00 applies. A customer can ask for a 14-day extension once per invoice."""),
                a("A payment was declined", "payments", """
                        1. Ask the customer to check the card's expiry date and the billing address.
                        2. 3-D Secure must be completed in the banking app within 5 minutes.
                        3. Suggest another method (PayPal, pay later) if the bank keeps declining.

                        We never see the reason a bank declines a card; the bank can tell the customer."""),
                a("Resetting an account password", "account", """
                        Send the reset link from **Customer › Account › Send password reset**; it is valid for
                        **60 minutes**. Never set or read out a password for the customer. If the email address
                        itself is no longer reachable, verify the customer with two recent order numbers and
                        change the email address first."""),
                a("Closing an account and deleting personal data", "account,privacy", """
                        A customer may ask us to delete their data at any time. Open **Customer › Privacy ›
                        Delete account**: data is erased within **30 days**, except invoices, which the law requires
                        us to keep for 10 years. Open orders and returns must be completed first."""),
                a("Sending a customer a copy of their personal data", "account,privacy", """
                        Requests for a copy of one's data are answered within one month. Use **Customer › Privacy ›
                        Export data**; the customer receives a download link by email, valid for 7 days. Never attach
                        the export to a chat or an email yourself."""),
                a("Gift cards: balance, validity and lost codes", "gift-cards,payments", """
                        Gift cards are valid for **3 years** from purchase and can be used in part. The balance shows
                        at checkout and under **Account › Gift cards**. A lost code can be re-sent to the buyer's email
                        address; it cannot be blocked or replaced for anyone else."""),
                a("Loyalty points: earning and redeeming", "loyalty", """
                        Members earn 1 point per 1.00 spent; 100 points are worth a 5.00 voucher. Points arrive once
                        the return period of the order has ended and expire after **24 months** without a purchase.
                        Missing points for an order can be added by hand up to 90 days after delivery."""),
                a("Price match and price drops after purchase", "sales,pricing", """
                        If our own price drops within **14 days** of the order, refund the difference as a voucher.
                        We do not match other shops' prices. Vouchers from a price drop cannot be combined with
                        another discount code on the same order."""),
                a("A discount code does not work", "sales,pricing", """
                        Check in the code's details: its end date, the minimum order value, the excluded brands and
                        whether it is single-use. Only one code applies per order. If the code was valid and the
                        customer ordered without it, refund the discount as a voucher."""),
                a("Escalating a complaint to a supervisor", "complaints", """
                        Offer an escalation when the customer asks for it, after a second contact about the same
                        problem, or for any safety issue. Put the call on hold and consult your supervisor, or
                        transfer the chat to the supervisor queue with a short summary in the notes. Safety issues
                        (burns, electric shocks, injuries) are always escalated the same day."""),
                a("Product safety: reporting an injury or a hazard", "complaints,safety", """
                        Ask the customer to stop using the product at once. Record what happened, when, and the
                        product's batch or serial number. Escalate to a supervisor the same day and send the customer
                        the prepaid label so that the product can be examined; never ask them to dispose of it."""),
                a("Opening hours and contact channels", "contact", """
                        Phone: Monday to Friday 8:00–20:00, Saturday 9:00–16:00. Chat: every day 8:00–22:00.
                        Email: answered within one working day. Outside opening hours customers can book a callback
                        from the contact page; the callback arrives in the next opening hours."""),
                a("Booking a callback for a customer", "contact,callbacks", """
                        When a customer cannot stay on the line, schedule a callback from the interaction's wrap-up
                        with a time in the customer's time zone. Callbacks are placed within 15 minutes of the time
                        chosen. Tell the customer which number we will call from."""),
                a("Shipping outside the EU: duties and customs", "delivery,customs", """
                        Orders to Switzerland, Norway and the United Kingdom ship with duties paid: the customer pays
                        nothing on delivery. Returns from these countries use the customs form printed with the label.
                        We do not ship to other countries outside the EU."""),
                a("Buying for a company: business accounts", "sales,business", """
                        Business accounts get invoices with VAT shown, pay later up to 10,000.00 and a personal contact
                        for orders over 2,500.00. The customer applies under **Account › Business**; approval takes one
                        working day."""),
                a("Student and teacher discount", "sales,pricing", """
                        Students and teachers get 10 % off full-price items after verifying their status once a year
                        under **Account › Discounts**. The discount cannot be added to an order after it was placed."""),
                a("Recycling old products", "sustainability", """
                        We take back old electronics and textiles of any brand at no cost: the customer prints a free
                        label under **Account › Take back**. Each parcel earns 100 loyalty points once received.
                        Batteries must be taped at the poles before shipping."""));
    }

    private static ArticleDraft a(String title, String tags, String body) {
        return new ArticleDraft(title, body.strip(), List.of(tags.split(",")), "en", ALL);
    }
}
