package org.switchboard.core.agent;

import org.switchboard.core.internal.Require;

/** A Not Ready (idle) reason, configured by the administrator. */
public record ReasonCode(String code, String label) {

    /** The reason an agent carries right after login. */
    public static final ReasonCode AFTER_LOGIN = new ReasonCode("after-login", "Logged in");
    /** The reason used when a wrap-up timeout sends the agent to Not Ready. */
    public static final ReasonCode WRAP_UP_TIMEOUT = new ReasonCode("wrap-up-timeout", "Wrap-up timed out");
    /** The reason the server gives an agent whose desktop stopped listening to its events. */
    public static final ReasonCode DISCONNECTED = new ReasonCode("disconnected", "Desktop disconnected");

    public ReasonCode {
        Require.text(code, "reason code");
        Require.text(label, "reason label");
    }
}
