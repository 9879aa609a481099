package org.switchboard.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one outbox entry: something the agent entered, to be sent to the server once,
 * identified by its {@code requestId}.
 *
 * @param requestId the idempotency key the server sees; unique in the outbox
 * @param kind      what the payload is (for example {@code wrapup}, {@code note}, {@code cad})
 * @param payload   the request body, JSON text
 * @param state     where the entry stands
 * @param attempts  how many sends failed so far
 * @param createdAt when the agent's input was stored
 * @param lastError the last failure's message, or {@code null}
 */
public record OutboxEntry(String requestId, String kind, String payload, OutboxState state, int attempts,
        Instant createdAt, String lastError) {

    public OutboxEntry {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
