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

    private final Shell window;
    private final AgentSession session;

    public LoginFlow(Shell window, AgentSession session) {
        this.window = window;
        this.session = session;
    }

    /** At startup: logs in from the environment, or asks. */
    public void start() {
        LoginValues values = LoginValues.fromEnvironment();
        if (!values.complete()) {
            ask(values, null);
            return;
        }
        UiEventRunner ui = new UiEventRunner(window.getDisplay());
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
                    } else if (!window.isDisposed()) {
                        ask(values, LoginErrors.describe(failure, values.server()));
                    }
                }));
    }

    /** Opens the login dialog (it does not block). */
    public void ask(LoginValues values, String message) {
        if (window.isDisposed()) {
            return;
        }
        new LoginDialog(window, session, values, message, () -> loggedIn(values)).open();
    }

    private void loggedIn(LoginValues values) {
        if (values.goReady()) {
            session.adapt(AgentStateService.class).ifPresent(s -> s.changeState(AgentState.READY, null));
        }
    }
}
