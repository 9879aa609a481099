package org.switchboard.calendar.ui.internal;

import org.eclipse.ui.IStartup;
import org.switchboard.ui.WindowStartup;

/** Starts the follow-up reminders of the workbench window once the workbench runs, Calendar view open or not. */
public final class RemindersStartup implements IStartup {

    static final String VIEW_ID = "org.switchboard.calendar.ui.view";

    @Override
    public void earlyStartup() {
        WindowStartup.whenRunning("no follow-up reminders", (window, session) -> new Reminders(window.getShell(),
                session, WindowStartup.announcer(), WindowStartup.showingView(window, VIEW_ID)));
    }
}
