package org.switchboard.ui.internal.application;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.switchboard.ui.session.AgentSession;

/** Opens the agent perspective, keeps the layout an agent arranged across restarts, and logs the agent out at exit. */
public class SwitchboardWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final long LOGOUT_WAIT_SECONDS = 4;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    /**
     * The desktop is closing: the agent is logged out at the server first, so that nothing is routed
     * to a desktop that is gone. Waits a few seconds at most; a server that cannot be reached ends
     * the session by itself once the event stream has been gone long enough.
     */
    @Override
    public void postShutdown() {
        AgentSession session = getWorkbenchConfigurer().getWorkbench().getService(AgentSession.class);
        if (session == null || session.session().isEmpty()) {
            return;
        }
        try {
            session.logout().toCompletableFuture().get(LOGOUT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING,
                    "The agent could not be logged out at the server while the desktop closed", e);
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return AgentPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SwitchboardWindowAdvisor(configurer);
    }
}
