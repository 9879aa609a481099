package org.switchboard.ui.internal.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.switchboard.ui.internal.commands.Leaving;
import org.switchboard.ui.internal.login.LoginFlow;
import org.switchboard.ui.internal.login.LoginValues;
import org.switchboard.ui.session.AgentSession;

/**
 * Sizes and titles the agent's window, and logs the agent in: with the values from the environment
 * the login starts before the window opens (the connection is made while the window is drawn);
 * otherwise the login dialog opens with the window.
 */
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
        if (LoginValues.fromEnvironment().complete()) {
            login();
        }
    }

    @Override
    public void postWindowOpen() {
        if (!LoginValues.fromEnvironment().complete()) {
            var window = getWindowConfigurer().getWindow();
            window.getShell().getDisplay().asyncExec(this::login);
        }
    }

    /** The window's close button: asks when the agent still has work open; closing logs the agent out. */
    @Override
    public boolean preWindowShellClose() {
        var window = getWindowConfigurer().getWindow();
        AgentSession session = window.getService(AgentSession.class);
        return session == null || Leaving.mayClose(window.getShell(), session);
    }

    private void login() {
        var window = getWindowConfigurer().getWindow();
        AgentSession session = window.getService(AgentSession.class);
        if (session != null && session.session().isEmpty()) {
            new LoginFlow(() -> shellOf(window), session).start();
        }
    }

    private static org.eclipse.swt.widgets.Shell shellOf(org.eclipse.ui.IWorkbenchWindow window) {
        org.eclipse.swt.widgets.Shell shell = window.getShell();
        return shell == null || !shell.isVisible() ? null : shell;
    }
}
