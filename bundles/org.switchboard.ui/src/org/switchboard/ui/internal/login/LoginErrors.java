package org.switchboard.ui.internal.login;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;

import org.eclipse.osgi.util.NLS;

/** Turns a failed login into a sentence the agent can act on. */
final class LoginErrors {

    private LoginErrors() {
    }

    static String describe(Throwable failure, String server) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException || c instanceof SocketTimeoutException) {
                return NLS.bind(Messages.loginUnreachable, server);
            }
        }
        String message = String.valueOf(t.getMessage());
        if (message.contains("refused the login")) {
            return Messages.loginRefused;
        }
        return NLS.bind(Messages.loginFailed, message);
    }
}
