package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The contact-request popovers at the bottom right of the window. */
public class OfferPopoverPage {

    private final UiDriver driver;

    public OfferPopoverPage(UiDriver driver) {
        this.driver = driver;
    }

    /** Waits for the card of the offer {@code interactionId}. */
    public OfferPopoverPage waitForOffer(String interactionId) {
        driver.find(id(interactionId, "card")).waitUntilSeen();
        return this;
    }

    public WidgetHandle title(String interactionId) {
        return driver.find(id(interactionId, "title"));
    }

    public WidgetHandle caller(String interactionId) {
        return driver.find(id(interactionId, "caller"));
    }

    /**
     * A value line of the card: agentName, agentDn and agentTeam of a consult request, dnis and queue, or
     * var.&lt;name&gt; for a call variable.
     */
    public WidgetHandle field(String interactionId, String part) {
        return driver.find(id(interactionId, part));
    }

    /** Waits until the value line {@code part} of the card reads {@code text} (see {@link #field}). */
    public OfferPopoverPage waitForField(String interactionId, String part, String text) {
        driver.waitForLabelText(id(interactionId, part), text);
        return this;
    }

    /** "Web callback" or "Courtesy callback" on a callback's card. */
    public WidgetHandle callbackKind(String interactionId) {
        return driver.find(id(interactionId, "callbackKind"));
    }

    public OfferPopoverPage accept(String interactionId) {
        driver.find(id(interactionId, "accept")).click();
        return this;
    }

    public OfferPopoverPage decline(String interactionId) {
        driver.find(id(interactionId, "decline")).click();
        return this;
    }

    public void waitUntilGone(String interactionId) {
        driver.waitUntilGone(id(interactionId, "card"));
    }

    private static String id(String interactionId, String part) {
        return "offer." + interactionId + "." + part;
    }
}
