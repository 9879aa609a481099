package org.switchboard.ui.wrapup;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.CalendarService.Kind;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.TabLeaves;
import org.switchboard.ui.WidgetIds;

/**
 * The fields of a follow-up activity (kind, date, time, time zone, reminder, notes), in the wrap-up
 * dialog's "Schedule follow-up" and in the calendar's own dialog. They start at the next full hour
 * tomorrow in the desktop's zone; what the agent typed stays as typed when it is refused.
 */
public final class FollowUpFields {

    public static final String KIND = "followup.kind";
    public static final String DATE = "followup.date";
    public static final String TIME = "followup.time";
    public static final String ZONE = "followup.zone";
    public static final String REMINDER = "followup.reminder";
    public static final String NOTES = "followup.notes";

    private static final String[] COMMON_ZONES = { "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris",
            "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney" };

    private final Composite area;
    private final Combo kind;
    private final Text date;
    private final Text time;
    private final Combo zone;
    private final Combo reminder;
    private final Text notes;

    public FollowUpFields(Composite parent, Clock clock) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(area);
        kind = Accessibility.tagged(new Combo(field(Messages.followUpKind), SWT.READ_ONLY), KIND,
                Messages.followUpKind);
        kind.setItems(Messages.followUpCallBack, Messages.followUpTask);
        kind.select(0);
        ZoneId here = clock.getZone();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        date = text(Messages.followUpDate, DATE, start.toLocalDate().toString(), 11);
        time = text(Messages.followUpTime, TIME, start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")), 6);
        zone = Accessibility.tagged(new Combo(field(Messages.followUpZone), SWT.DROP_DOWN), ZONE,
                Messages.followUpZone);
        Set<String> zones = new LinkedHashSet<>();
        zones.add(here.getId());
        zones.addAll(java.util.List.of(COMMON_ZONES));
        zone.setItems(zones.toArray(String[]::new));
        zone.setText(here.getId());
        reminder = Accessibility.tagged(new Combo(field(Messages.followUpReminder), SWT.READ_ONLY), REMINDER,
                Messages.followUpReminder);
        reminder.setItems(FollowUpInput.REMINDER_MINUTES.stream().map(FollowUpFields::reminderLabel)
                .toArray(String[]::new));
        reminder.select(2);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(reminder);
        new Label(area, SWT.NONE).setText(Messages.followUpNotes + ":");
        notes = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), NOTES,
                Messages.followUpNotes);
        notes.setTextLimit(FollowUpInput.MAX_NOTES);
        TabLeaves.text(notes);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(240, 40).applyTo(notes);
    }

    private Composite field(String label) {
        new Label(area, SWT.NONE).setText(label + ":");
        return area;
    }

    private Text text(String label, String id, String value, int columns) {
        Text t = Accessibility.tagged(new Text(field(label), SWT.BORDER), id, label);
        t.setText(value);
        GridDataFactory.fillDefaults().hint(t.getLineHeight() * columns / 2 + 20, SWT.DEFAULT).applyTo(t);
        return t;
    }

    static String reminderLabel(int minutes) {
        if (minutes == 0) {
            return Messages.followUpAtTheTime;
        }
        return minutes % 60 == 0 ? org.eclipse.osgi.util.NLS.bind(Messages.followUpHoursBefore, minutes / 60)
                : org.eclipse.osgi.util.NLS.bind(Messages.followUpMinutesBefore, minutes);
    }

    public Control control() {
        return area;
    }

    public void setEnabled(boolean enabled) {
        for (Control c : area.getChildren()) {
            c.setEnabled(enabled);
        }
    }

    /** The follow-up as entered; refused with a message when it is not one the server would take. */
    public FollowUpRequest read(java.time.Instant now) throws FollowUpInput.InvalidFollowUp {
        Kind k = kind.getSelectionIndex() == 1 ? Kind.TASK : Kind.CALL_BACK;
        int minutes = FollowUpInput.REMINDER_MINUTES.get(Math.max(0, reminder.getSelectionIndex()));
        return FollowUpInput.parse(k, date.getText(), time.getText(), zone.getText(), minutes, notes.getText(), now);
    }

    /** Shows a follow-up entered before (one the server refused) to be sent again or corrected. */
    public void fill(FollowUpRequest r) {
        kind.select(r.kind() == Kind.TASK ? 1 : 0);
        date.setText(r.due().toLocalDate().toString());
        time.setText(r.due().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        zone.setText(r.zone().getId());
        int index = FollowUpInput.REMINDER_MINUTES.indexOf((int) r.reminder().toMinutes());
        reminder.select(index < 0 ? 0 : index);
        notes.setText(r.notes() == null ? "" : r.notes());
    }
}
