package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The chat requests at the bottom right of the window. */
public class ChatOfferPage {

    private final UiDriver driver;

    public ChatOfferPage(UiDriver driver) {
        this.driver = driver;
    }

    public ChatOfferPage waitForOffer(String interactionId) {
        driver.find(id(interactionId, "card")).waitUntilSeen();
        return this;
    }

    public WidgetHandle title(String interactionId) {
        return driver.find(id(interactionId, "title"));
    }

    public WidgetHandle customer(String interactionId) {
        return driver.find(id(interactionId, "customer"));
    }

    /** Waits until the card names the queue the chat came through as {@code name}. */
    public ChatOfferPage waitForQueue(String interactionId, String name) {
        driver.waitForLabelText(id(interactionId, "queue"), name);
        return this;
    }

    public ChatOfferPage accept(String interactionId) {
        driver.find(id(interactionId, "accept")).waitUntilEnabled().click();
        return this;
    }

    public ChatOfferPage reject(String interactionId) {
        driver.find(id(interactionId, "reject")).waitUntilEnabled().click();
        return this;
    }

    public void waitUntilGone(String interactionId) {
        driver.waitUntilGone(id(interactionId, "card"));
    }

    private static String id(String interactionId, String part) {
        return "chat.offer." + interactionId + "." + part;
    }
}
