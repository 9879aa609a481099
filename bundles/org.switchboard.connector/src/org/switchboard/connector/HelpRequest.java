package org.switchboard.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's request to its team's supervisors: help with an interaction now, or a review of it later.
 *
 * @param takenBy     the supervisor who took it, or null while it is open
 * @param takenByName that supervisor's name, or null
 */
public record HelpRequest(String id, Kind kind, String agentId, String agentName, String interactionId,
        String channel, String note, Instant raisedAt, Status status, String takenBy, String takenByName) {

    public enum Kind {
        HELP, REVIEW
    }

    public enum Status {
        OPEN, TAKEN, CLOSED
    }

    public HelpRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** The longest note a server must take. */
    public static final int NOTE_LIMIT = 500;
}
