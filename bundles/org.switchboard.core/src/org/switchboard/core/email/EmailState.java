package org.switchboard.core.email;

public enum EmailState {
    /** Waiting in the service's team queue; any qualified agent may pull it. */
    IN_TEAM_QUEUE,
    /** Parked in one agent's personal queue (e.g. with a draft). */
    IN_PERSONAL_QUEUE,
    OFFERED,
    /** An agent is working on it. */
    HANDLING,
    /** Replied to, forwarded or closed without reply. */
    CLOSED,
    /** Sent away to another agent's personal queue or another team queue. */
    TRANSFERRED
}
