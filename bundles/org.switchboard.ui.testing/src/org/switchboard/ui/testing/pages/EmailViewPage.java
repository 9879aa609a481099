package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The email view: its queues and their emails, the offers' popover, and the email being worked on. */
public class EmailViewPage {

    public static final String VIEW_ID = "org.switchboard.email.ui.view";

    private final UiDriver driver;

    public EmailViewPage(UiDriver driver) {
        this.driver = driver;
    }

    /** Brings the email view to the front, as clicking its tab would. */
    public static EmailViewPage show(UiDriver driver) {
        new AgentWorkbenchPage(driver).showView(VIEW_ID);
        return new EmailViewPage(driver);
    }

    private static String offer(String interactionId, String part) {
        return "email.offer." + interactionId + "." + part;
    }

    public EmailViewPage waitForOffer(String interactionId) {
        driver.find(offer(interactionId, "card")).waitUntilSeen();
        return this;
    }

    public String offeredSubject(String interactionId) {
        return driver.find(offer(interactionId, "subject")).text();
    }

    public EmailViewPage accept(String interactionId) {
        driver.find(offer(interactionId, "accept")).waitUntilEnabled().click();
        driver.waitUntilGone(offer(interactionId, "card"));
        return this;
    }

    /** The queue toggle of queue {@code queueId}, whose text carries the count. */
    public WidgetHandle queue(String queueId) {
        return driver.find("email.queues." + queueId);
    }

    /** The rows of the selected queue: from, subject, arrived. */
    public List<List<String>> cases() {
        return driver.find("email.cases").rows();
    }

    public WidgetHandle subject() {
        return driver.find("email.subject");
    }

    public WidgetHandle reading() {
        return driver.find("email.reading");
    }

    public List<String> thread() {
        return driver.find("email.thread").items();
    }

    public EmailViewPage reply(String text) {
        driver.find("email.reply").setText(text);
        return this;
    }

    public EmailViewPage send() {
        driver.find("email.send").waitUntilEnabled().click();
        return this;
    }

    public EmailViewPage closeWithoutReply() {
        driver.find("email.close").waitUntilEnabled().click();
        return this;
    }
}
