package org.switchboard.ui.internal.login;

import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.AgentStateService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * How the workbench logs the agent in: with the values from the environment when all are given,
 * otherwise (or when that login fails) through the login dialog.
 */
public final class LoginFlow {

    private final java.util.function.Supplier<Shell> window;
    private final AgentSession session;

    public LoginFlow(Shell window, AgentSession session) {
        this(() -> window, session);
    }

    /** A flow for a window that may not be open yet: its shell is asked for when a dialog is needed. */
    public LoginFlow(java.util.function.Supplier<Shell> window, AgentSession session) {
        this.window = window;
        this.session = session;
    }

    /**
     * At startup: logs in from the environment, or asks. Given the values from the environment, the
     * login starts at once, also before the window is open, so the connection is made while the
     * workbench draws its window; the dialog (when the values are missing or the login fails) waits
     * for the window.
     */
    public void start() {
        LoginValues values = LoginValues.fromEnvironment();
        if (!values.complete()) {
            ask(values, null);
            return;
        }
        UiEventRunner ui = new UiEventRunner(org.eclipse.swt.widgets.Display.getDefault());
        java.net.URI server;
        try {
            server = java.net.URI.create(values.server());
        } catch (IllegalArgumentException e) {
            ask(values, org.eclipse.osgi.util.NLS.bind(Messages.loginBadServer, values.server()));
            return;
        }
        session.login(server, values.agent(), values.password().toCharArray(), ui).whenComplete((s, failure) -> ui
                .execute(() -> {
                    if (failure == null) {
                        loggedIn(values);
                    } else {
                        ask(values, LoginErrors.describe(failure, values.server()));
                    }
                }));
    }

    /** Opens the login dialog (it does not block). */
    public void ask(LoginValues values, String message) {
        Shell shell = window.get();
        if (shell == null) {
            // the window is not open yet: ask once it is
            org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> ask(values, message));
            return;
        }
        if (shell.isDisposed()) {
            return;
        }
        new LoginDialog(shell, session, values, message, () -> loggedIn(values)).open();
    }

    private void loggedIn(LoginValues values) {
        if (values.goReady()) {
            session.adapt(AgentStateService.class).ifPresent(s -> s.changeState(AgentState.READY, null));
        }
    }
}
