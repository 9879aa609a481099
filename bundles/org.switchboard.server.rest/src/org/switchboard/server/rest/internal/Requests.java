package org.switchboard.server.rest.internal;

import org.switchboard.server.core.ActionParams;

/** Request bodies of the API. */
public final class Requests {

    private Requests() {
    }

    public record Login(String agentId, String password) {
    }

    public record StateChange(String state, String reasonCode) {
    }

    public record Action(String action, ActionParams params, String requestId) {
    }

    /** How a supervisor listens to a call: MONITOR, WHISPER or BARGE. */
    public record Supervision(String mode) {
    }

    /** An agent's help request or review flag on one of its interactions. */
    public record HelpRequest(String interactionId, String note) {
    }

    /** {@code kind} NUMBER (an outbound call to the dial number {@code to}) or AGENT (an internal call to agent {@code to}). */
    public record PlaceCall(String kind, String to) {
    }
}
