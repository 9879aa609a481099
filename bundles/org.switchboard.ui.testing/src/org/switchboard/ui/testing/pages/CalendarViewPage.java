package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The Calendar view, its New follow-up dialog and the reminder popover. */
public class CalendarViewPage {

    public static final String VIEW_ID = "org.switchboard.calendar.ui.view";

    private final UiDriver driver;

    public CalendarViewPage(UiDriver driver) {
        this.driver = driver;
    }

    public static CalendarViewPage show(UiDriver driver) {
        new AgentWorkbenchPage(driver).showView(VIEW_ID);
        return new CalendarViewPage(driver);
    }

    public List<List<String>> rows() {
        return driver.find("calendar.followups").rows();
    }

    public CalendarViewPage waitForRow(String cell) {
        driver.waitUntil("a follow-up reading " + cell,
                () -> rows().stream().anyMatch(r -> r.stream().anyMatch(c -> c.contains(cell))));
        return this;
    }

    public CalendarViewPage week() {
        driver.find("calendar.week").click();
        return this;
    }

    public CalendarViewPage agenda() {
        driver.find("calendar.agenda").click();
        return this;
    }

    public CalendarViewPage next() {
        driver.find("calendar.next").click();
        return this;
    }

    public WidgetHandle range() {
        return driver.find("calendar.range");
    }

    public CalendarViewPage select(String cell) {
        driver.find("calendar.followups").select(cell);
        return this;
    }

    public void callBack() {
        driver.find("calendar.callback").waitUntilEnabled().click();
    }

    /** Opens New follow-up and fills it in; the follow-up's own fields as in wrap-up. */
    public CalendarViewPage newFollowUp(String contact, String number, String kind, String date, String time,
            String zone, String reminder, String notes) {
        driver.find("calendar.new").click();
        driver.find("calendar.schedule");
        driver.find("calendar.schedule.name").setText(contact);
        driver.find("calendar.schedule.number").setText(number);
        new FollowUpFieldsPage(driver).fill(kind, date, time, zone, reminder, notes);
        return this;
    }

    /** Presses Schedule, and the dialog closes once the server took the follow-up. */
    public void schedule() {
        driver.find("calendar.schedule.ok").click();
        driver.waitUntilGone("calendar.schedule");
    }

    /** Presses Schedule on something refused: returns the dialog's message, the dialog still open. */
    public String scheduleRefused() {
        driver.find("calendar.schedule.ok").click();
        driver.waitUntil("the follow-up refused", () -> !driver.find("calendar.schedule.message").text().isEmpty());
        return driver.find("calendar.schedule.message").text();
    }

    public String scheduleField(String id) {
        return driver.find(id).text();
    }

    public WidgetHandle reminderTitle() {
        return driver.find("reminder.title");
    }

    public boolean reminderShown() {
        return driver.exists("reminder.popover");
    }

    public void snooze() {
        driver.find("reminder.snooze").click();
        driver.waitUntilGone("reminder.popover");
    }

    public void callBackFromReminder() {
        driver.find("reminder.callback").click();
        driver.waitUntilGone("reminder.popover");
    }
}
