package org.switchboard.voice.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who saved a call variable first, as the server's conflict message names them ("... was saved by
 * a2: 150.00"); the server's refusal carries the saved variable but not its author as a field.
 */
final class SavedBy {

    private static final Pattern BY = Pattern.compile("saved by (\\S+?):");

    private SavedBy() {
    }

    static String in(String message) {
        Matcher m = BY.matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : Messages.cadAnotherAgent;
    }
}
