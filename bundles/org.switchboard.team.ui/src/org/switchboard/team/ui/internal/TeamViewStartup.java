package org.switchboard.team.ui.internal;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.TeamService;
import org.switchboard.ui.session.AgentSession;

/**
 * Brings the Team view forward when a supervisor logs in: a supervisor has no interactions of its
 * own, and the Team view is what it works in (it shares a stack with other views).
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
            session.addListener(event -> {
                if (event instanceof ConnectorEvent.ConnectionChanged c && c.state() == ConnectionState.CONNECTED
                        && session.adapt(TeamService.class).map(TeamService::supervising).orElse(false)
                        && window.getActivePage() != null) {
                    try {
                        window.getActivePage().showView(TeamView.VIEW_ID);
                    } catch (PartInitException e) {
                        LOG.log(System.Logger.Level.WARNING, "the Team view could not be shown", e);
                    }
                }
            });
        });
    }
}
