package org.switchboard.ui.internal.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.switchboard.ui.internal.login.LoginFlow;
import org.switchboard.ui.session.AgentSession;

/** Sizes and titles the agent's window, and asks the agent to log in once it is open. */
public class SwitchboardWindowAdvisor extends WorkbenchWindowAdvisor {

    static final Point INITIAL_SIZE = new Point(1280, 800);

    public SwitchboardWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(INITIAL_SIZE);
        configurer.setTitle(Messages.windowTitle);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(false);
    }

    @Override
    public void postWindowOpen() {
        var window = getWindowConfigurer().getWindow();
        AgentSession session = window.getService(AgentSession.class);
        if (session != null && session.session().isEmpty()) {
            window.getShell().getDisplay().asyncExec(() -> new LoginFlow(window.getShell(), session).start());
        }
    }
}
