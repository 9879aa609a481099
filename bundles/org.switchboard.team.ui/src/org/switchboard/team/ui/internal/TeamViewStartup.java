package org.switchboard.team.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.TeamService;
import org.switchboard.ui.session.AgentSession;

/**
 * Brings the Team view forward when a supervisor logs in: a supervisor has no interactions of its
 * own, and the Team view is what it works in (it shares a stack with other views). Once per login:
 * a reconnection leaves the views as the supervisor arranged them.
 */
public final class TeamViewStartup implements IStartup {

    private static final System.Logger LOG = System.getLogger(TeamViewStartup.class.getName());

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
            AgentSession session = workbench.getService(AgentSession.class);
            if (windows.length == 0 || session == null) {
                return;
            }
            IWorkbenchWindow window = windows[0];
            boolean[] shown = { false };
            Runnable showIfSupervising = () -> {
                boolean supervising = session.session().map(ConnectorSession::state)
                        .filter(st -> st == ConnectionState.CONNECTED).isPresent()
                        && session.adapt(TeamService.class).map(TeamService::supervising).orElse(false);
                if (session.session().isEmpty()) {
                    shown[0] = false;
                } else if (supervising && !shown[0] && window.getActivePage() != null) {
                    shown[0] = true;
                    try {
                        window.getActivePage().showView(TeamView.VIEW_ID);
                    } catch (PartInitException e) {
                        LOG.log(System.Logger.Level.WARNING, "the Team view could not be shown", e);
                    }
                }
            };
            // the login may have been answered before this listener was added
            session.addListener(event -> {
                if (event instanceof ConnectorEvent.ConnectionChanged) {
                    showIfSupervising.run();
                }
            });
            showIfSupervising.run();
        });
    }
}
