package org.switchboard.calendar.ui.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.CalendarService;
import org.switchboard.connector.CalendarService.FollowUp;

/** How a follow-up reads to the agent. */
final class FollowUpTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private FollowUpTexts() {
    }

    /** "Call back Dana Whitfield" or "Task: Iris Novak". */
    static String title(FollowUp f) {
        String who = f.contactName() != null ? f.contactName()
                : f.contactNumber() != null ? f.contactNumber() : Messages.noContact;
        return NLS.bind(f.kind() == CalendarService.Kind.CALL_BACK ? Messages.callBackTitle : Messages.taskTitle, who);
    }

    /** The due time in the desktop's zone, with the follow-up's own wall time when its zone differs. */
    static String when(FollowUp f, ZoneId desktop, boolean withDay) {
        ZonedDateTime here = f.due().atZone(desktop);
        String shown = (withDay ? WHEN : TIME).format(here);
        if (f.zone().getRules().getOffset(f.due()).equals(desktop.getRules().getOffset(f.due()))) {
            return shown;
        }
        return shown + " (" + TIME.format(f.localDue()) + " " + f.zone().getId() + ")";
    }

    static String kind(FollowUp f) {
        return f.kind() == CalendarService.Kind.CALL_BACK ? Messages.kindCallBack : Messages.kindTask;
    }

    static String state(FollowUp f) {
        return switch (f.state()) {
            case SCHEDULED -> Messages.stateScheduled;
            case REMINDED -> Messages.stateReminded;
            case DONE -> Messages.stateDone;
        };
    }

    /** What the Open button shows: everything the follow-up knows, the interaction it belongs to first. */
    static String details(FollowUp f, ZoneId desktop) {
        return NLS.bind(Messages.details, new Object[] { title(f), when(f, desktop, true),
                f.interactionId() == null ? Messages.noInteraction : f.interactionId(),
                f.contactNumber() == null ? "—" : f.contactNumber(), f.reminder().toMinutes(), state(f),
                f.notes().isBlank() ? "—" : f.notes() });
    }
}
