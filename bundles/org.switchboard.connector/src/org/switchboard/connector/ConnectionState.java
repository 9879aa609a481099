package org.switchboard.connector;

/** Where a session's connection stands; changes arrive as {@link ConnectorEvent.ConnectionChanged}. */
public enum ConnectionState {
    /** The first connection is being made. */
    CONNECTING,
    /** Connected to the primary server; events flow. */
    CONNECTED,
    /** The connection was lost; the session is retrying and will resume where it stopped. */
    RECONNECTING,
    /** Connected to the secondary server because the primary is not in service. */
    FAILED_OVER,
    /** Closed; no more events. */
    DISCONNECTED
}
