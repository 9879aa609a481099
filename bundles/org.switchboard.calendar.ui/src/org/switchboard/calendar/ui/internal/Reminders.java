package org.switchboard.calendar.ui.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.CalendarService;
import org.switchboard.connector.CalendarService.FollowUp;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.Failures;
import org.switchboard.ui.popover.Popovers;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * Follow-up reminders for the whole workbench window, whether or not the Calendar view is open: each
 * is announced in the agent-state bar (read out by screen readers), called out with a sound and a
 * desktop notification when the window is not in front, and shown in a popover until the agent calls
 * back, snoozes it (it comes back after the snooze), opens the calendar or dismisses it. Runs on the
 * UI thread.
 */
final class Reminders {

    /** The snooze, in seconds; five minutes unless the system property says otherwise. */
    static final String SNOOZE_SECONDS = "switchboard.reminder.snooze.seconds";

    private final Shell window;
    private final AgentSession session;
    private final Announcer announcer;
    private final Runnable showCalendar;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Map<String, ReminderPopover> shown = new LinkedHashMap<>();
    private final ConnectorListener listener = this::onEvent;

    Reminders(Shell window, AgentSession session, Announcer announcer, Runnable showCalendar) {
        this.window = window;
        this.session = session;
        this.announcer = announcer;
        this.showCalendar = showCalendar;
        session.addListener(listener);
        window.addDisposeListener(e -> session.removeListener(listener));
    }

    private void onEvent(ConnectorEvent event) {
        if (event instanceof ConnectorEvent.Reminder r && !window.isDisposed()) {
            remind(r.followUp());
        }
    }

    static Duration snooze() {
        return Duration.ofSeconds(Long.getLong(SNOOZE_SECONDS, 300));
    }

    private void remind(FollowUp f) {
        if (window.isDisposed()) {
            return;
        }
        String title = FollowUpTexts.title(f);
        String when = FollowUpTexts.when(f, zone, false);
        announcer.announce(NLS.bind(Messages.reminderAnnouncement, title, when));
        Popovers.alertIfAway(window, NLS.bind(Messages.reminderNotification, title), when + " " + f.notes());
        ReminderPopover earlier = shown.remove(f.id());
        if (earlier != null) {
            earlier.close();
        }
        shown.put(f.id(), new ReminderPopover(window, f, zone, stackHeight(), choice -> chosen(f, choice)));
    }

    private int stackHeight() {
        return shown.values().stream().mapToInt(p -> p.height() + 8).sum();
    }

    private void chosen(FollowUp f, ReminderPopover.Choice choice) {
        ReminderPopover popover = shown.remove(f.id());
        if (popover != null) {
            popover.close();
        }
        restack();
        switch (choice) {
            case CALL_BACK -> session.adapt(CalendarService.class).ifPresent(c -> c.callBack(f.id())
                    .whenComplete((call, failure) -> {
                        if (failure != null) {
                            new UiEventRunner(window.getDisplay()).execute(() -> announcer
                                    .announce(Failures.notDone(Messages.callBackAction, failure)));
                        }
                    }));
            case SNOOZE -> window.getDisplay().timerExec((int) snooze().toMillis(), () -> remind(f));
            case OPEN -> showCalendar.run();
            case DISMISS -> {
                // seen: nothing more
            }
        }
    }

    private void restack() {
        int above = 0;
        for (ReminderPopover p : List.copyOf(shown.values())) {
            p.restack(window, above);
            above += p.height() + 8;
        }
    }
}
