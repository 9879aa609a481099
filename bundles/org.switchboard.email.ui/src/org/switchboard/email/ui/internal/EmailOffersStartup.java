package org.switchboard.email.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.switchboard.ui.session.AgentSession;

/**
 * Starts the email offers of the workbench window once the workbench runs: an email can be offered
 * while the Email view has not been opened (it shares a stack with the Chat view).
 */
public final class EmailOffersStartup implements IStartup {

    static final String VIEW_ID = "org.switchboard.email.ui.view";
    private static final System.Logger LOG = System.getLogger(EmailOffersStartup.class.getName());

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
            AgentSession session = workbench.getService(AgentSession.class);
            if (windows.length == 0 || session == null) {
                LOG.log(System.Logger.Level.WARNING, "no workbench window or agent session: email offers show in the Email view only");
                return;
            }
            IWorkbenchWindow window = windows[0];
            new EmailOffers(window.getShell(), session, () -> {
                try {
                    if (window.getActivePage() != null) {
                        window.getActivePage().showView(VIEW_ID);
                    }
                } catch (PartInitException e) {
                    LOG.log(System.Logger.Level.WARNING, "the Email view could not be shown", e);
                }
            });
        });
    }
}
