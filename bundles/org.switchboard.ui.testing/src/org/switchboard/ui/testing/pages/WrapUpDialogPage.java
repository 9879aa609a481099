package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;

/** The Wrap-up reasons dialog. */
public class WrapUpDialogPage {

    private final UiDriver driver;

    public WrapUpDialogPage(UiDriver driver) {
        this.driver = driver;
    }

    public WrapUpDialogPage waitUntilOpen() {
        driver.find("wrapup.dialog");
        return this;
    }

    public WrapUpDialogPage search(String text) {
        driver.find("wrapup.search").setText(text);
        return this;
    }

    public List<String> reasons() {
        return driver.find("wrapup.reasons").items();
    }

    public WrapUpDialogPage reason(String label) {
        driver.find("wrapup.reasons").select(label);
        return this;
    }

    public WrapUpDialogPage notes(String text) {
        driver.find("wrapup.notes").setText(text);
        return this;
    }

    public boolean submitEnabled() {
        return driver.find("wrapup.submit").isEnabled();
    }

    public void submit() {
        driver.find("wrapup.submit").waitUntilEnabled().click();
        driver.waitUntilGone("wrapup.dialog");
    }

    /** Ticks "Schedule follow-up" and fills its fields; {@code reminder} as the list shows it. */
    public WrapUpDialogPage followUp(String kind, String date, String time, String zone, String reminder,
            String notes) {
        driver.find("wrapup.followup").click();
        new FollowUpFieldsPage(driver).fill(kind, date, time, zone, reminder, notes);
        return this;
    }

    public String followUpTime() {
        return new FollowUpFieldsPage(driver).time();
    }

    public String message() {
        return driver.find("wrapup.message").text();
    }

    /** Presses Submit on something the dialog refuses: it stays open with a message. */
    public WrapUpDialogPage submitRefused() {
        driver.find("wrapup.submit").waitUntilEnabled().click();
        driver.waitUntil("the wrap-up dialog says why", () -> !message().isEmpty());
        return this;
    }
}
