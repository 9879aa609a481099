package org.switchboard.store;

/** Where an outbox entry stands on its way to the server. */
public enum OutboxState {
    /** Written locally, not yet acknowledged by the server; will be (re)sent. */
    PENDING,
    /** The server acknowledged the request. */
    SENT,
    /** The server refused the request for good; kept so the agent can see and correct it. */
    FAILED
}
