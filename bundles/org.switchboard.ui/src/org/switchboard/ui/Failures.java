package org.switchboard.ui;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Why something failed, in words an agent can act on. Exception class names, HTTP verbs and paths
 * never reach the screen: they go to the log, and the agent is told whether the contact center
 * could not be reached or what it answered.
 */
public final class Failures {

    private static final Pattern TECHNICAL = Pattern.compile(
            "(?i)(\\b(GET|POST|PUT|DELETE) \\S+|[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)|HTTP \\d{3}|\\bnull\\b)");

    private Failures() {
    }

    /** "The contact center could not be reached..." or the server's own explanation, for {@code failure}. */
    public static String plain(Throwable failure) {
        Throwable cause = unwrap(failure);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException) {
                return Messages.unreachable;
            }
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank() || TECHNICAL.matcher(message).find()) {
            System.getLogger(Failures.class.getName()).log(System.Logger.Level.WARNING, "Request failed", cause);
            return Messages.failedUnknown;
        }
        return message;
    }

    /** "Hold was not done: the contact center could not be reached ..." */
    public static String notDone(String what, Throwable failure) {
        return NLS.bind(Messages.notDone, what, plain(failure));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
