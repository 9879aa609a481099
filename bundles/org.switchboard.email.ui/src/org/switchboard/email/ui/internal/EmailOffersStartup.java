package org.switchboard.email.ui.internal;

import org.eclipse.ui.IStartup;
import org.switchboard.ui.WindowStartup;

/**
 * Starts the email offers of the workbench window once the workbench runs: an email can be offered
 * while the Email view has not been opened (it shares a stack with the Chat view).
 */
public final class EmailOffersStartup implements IStartup {

    static final String VIEW_ID = "org.switchboard.email.ui.view";

    @Override
    public void earlyStartup() {
        WindowStartup.whenRunning("email offers show in the Email view only",
                (window, session) -> new EmailOffers(window.getShell(), session,
                        WindowStartup.showingView(window, VIEW_ID)));
    }
}
