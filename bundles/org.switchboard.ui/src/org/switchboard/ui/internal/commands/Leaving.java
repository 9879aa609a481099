package org.switchboard.ui.internal.commands;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.OpenWork;

/**
 * What the agent is asked before logging out or closing the desktop. Logging out is refused while a
 * customer is still being served (as Finesse and Workspace refuse it); closing the desktop asks.
 * Entries not yet sent stay in the local outbox and go out at the next login.
 */
public final class Leaving {

    private Leaving() {
    }

    /** Logs out, unless open work keeps the agent; the logout itself runs off the UI thread. */
    public static void logout(Shell shell, AgentSession session) {
        if (session.session().isEmpty()) {
            return;
        }
        OpenWork work = OpenWork.of(session);
        if (work.live()) {
            MessageDialog.openInformation(shell, Messages.logoutTitle, NLS.bind(Messages.logoutRefused, work.describe()));
            return;
        }
        if (work.unsent() > 0 && !MessageDialog.openQuestion(shell, Messages.logoutTitle,
                NLS.bind(Messages.logoutUnsent, work.describe()))) {
            return;
        }
        session.logout();
    }

    /** Whether the desktop may close now: asks only when the agent still has work open. */
    public static boolean mayClose(Shell shell, AgentSession session) {
        if (session.session().isEmpty()) {
            return true;
        }
        OpenWork work = OpenWork.of(session);
        if (work.isEmpty()) {
            return true;
        }
        String question = work.live() ? Messages.closeLive : Messages.closeUnsent;
        // Stay is the default: Enter pressed by habit keeps the customer
        MessageDialog dialog = new MessageDialog(shell, Messages.closeTitle, null, NLS.bind(question, work.describe()),
                MessageDialog.QUESTION, 1, Messages.closeAnyway, Messages.closeStay);
        return dialog.open() == 0;
    }
}
