package org.switchboard.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the agent entered that waits in the local outbox for the server, or was refused by it.
 *
 * @param kind      {@code wrapup}, {@code note} or {@code cad}
 * @param attempts  failed sends so far
 * @param lastError the last failure's message, or {@code null}
 */
public record OutboxItem(String requestId, String kind, String interactionId, State state, int attempts,
        Instant createdAt, String lastError) {

    public enum State {
        /** Stored locally; (re)sent until the server takes it. */
        PENDING,
        /** The server refused it for good; shown so the agent can correct it. */
        FAILED
    }

    public OutboxItem {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }
}
