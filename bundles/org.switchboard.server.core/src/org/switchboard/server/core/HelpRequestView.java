package org.switchboard.server.core;

import java.time.Instant;

/**
 * A request from an agent to its team's supervisors: help now with an interaction ({@code HELP}) or a
 * review of it later ({@code REVIEW}).
 *
 * @param status      OPEN (no supervisor took it yet), TAKEN or CLOSED
 * @param takenBy     the supervisor who took it, or null
 * @param takenByName that supervisor's name, or null
 */
public record HelpRequestView(String id, String kind, String teamId, String agentId, String agentName,
        String interactionId, String channel, String note, Instant raisedAt, String status, String takenBy,
        String takenByName) {

    public static final int NOTE_LIMIT = 500;

    public static final String HELP = "HELP";
    public static final String REVIEW = "REVIEW";
    public static final String OPEN = "OPEN";
    public static final String TAKEN = "TAKEN";
    public static final String CLOSED = "CLOSED";

    HelpRequestView withStatus(String newStatus, String supervisorId, String supervisorName) {
        return new HelpRequestView(id, kind, teamId, agentId, agentName, interactionId, channel, note, raisedAt,
                newStatus, supervisorId, supervisorName);
    }

    /** The request taken by a supervisor, or back to OPEN with {@code null}s. */
    public HelpRequestView takenBy(String supervisorId, String supervisorName) {
        return withStatus(supervisorId == null ? OPEN : TAKEN, supervisorId, supervisorName);
    }

    public HelpRequestView closed() {
        return withStatus(CLOSED, takenBy, takenByName);
    }
}
