package org.switchboard.server.core;

/**
 * The outcome of a submitted action; {@code rule} and {@code message} are set when it was refused.
 *
 * @param variable for an EDIT_CAD that lost to an earlier save (CAD_EDIT_CONFLICT): the variable as
 *                 saved, with its value (masked if secure) and version; otherwise null
 */
public record ActionOutcome(String requestId, String interactionId, String action, String rule, String message,
        CadView variable) {

    public ActionOutcome(String requestId, String interactionId, String action, String rule, String message) {
        this(requestId, interactionId, action, rule, message, null);
    }
}
