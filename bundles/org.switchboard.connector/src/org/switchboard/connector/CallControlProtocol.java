package org.switchboard.connector;

import java.util.Locale;

/**
 * How a session sends voice call control (answer, hold, retrieve, transfer, conference, release,
 * DTMF, recording) to the server; chosen in {@link ConnectionSettings#callControl()}. Whatever the
 * choice, outcomes also arrive as events on the session's event stream, and everything else (agent
 * state, chat, the outbox) goes over REST.
 */
public enum CallControlProtocol {
    /** The server's REST action resource; the outcome arrives as an event. */
    REST,
    /**
     * The server's SOAP call-control endpoint ({@code urn:switchboard:callcontrol:2}), which answers
     * synchronously; an action's stage completes with that answer or with the outcome event,
     * whichever arrives first. Actions the contract has no operation for (REJECT, MUTE, UNMUTE,
     * HOLD_CONSULT, RESUME_CONSULT, EXIT_CONSULT, END_CONSULT, ACCEPT_CONSULT, ACCEPT_TRANSFER,
     * EXIT_CONFERENCE, END_CONFERENCE) go over REST, so the agent can do with
     * SOAP call control everything it can with REST. So do the outbox's wrap-ups and call data edits.
     */
    SOAP;

    /** The value of a preference ({@code rest} or {@code soap}, any case); REST when absent or blank. */
    public static CallControlProtocol fromPreference(String value) {
        if (value == null || value.isBlank()) {
            return REST;
        }
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
