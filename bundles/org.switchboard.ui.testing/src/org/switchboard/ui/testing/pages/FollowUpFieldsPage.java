package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;

/** The follow-up's fields, in the wrap-up dialog's Schedule follow-up and in the calendar's New follow-up. */
public class FollowUpFieldsPage {

    private final UiDriver driver;

    public FollowUpFieldsPage(UiDriver driver) {
        this.driver = driver;
    }

    /** {@code kind} and {@code reminder} as their lists show them. */
    public FollowUpFieldsPage fill(String kind, String date, String time, String zone, String reminder,
            String notes) {
        driver.find("followup.kind").select(kind);
        date(date);
        driver.find("followup.time").setText(time);
        driver.find("followup.zone").setText(zone);
        driver.find("followup.reminder").select(reminder);
        driver.find("followup.notes").setText(notes);
        return this;
    }

    public FollowUpFieldsPage date(String date) {
        driver.find("followup.date").setText(date);
        return this;
    }

    public String time() {
        return driver.find("followup.time").text();
    }
}
