package org.switchboard.store;

import java.util.List;

/**
 * The outbox: everything the agent enters is appended here first and sent from here, idempotent
 * by {@code requestId}. Every method does disk I/O and may block; never call it on the UI thread.
 * Implementations are safe for use from several threads.
 */
public interface OutboxStore {

    /**
     * Stores a new pending entry.
     *
     * @return the stored entry
     * @throws DuplicateRequestException when an entry with this {@code requestId} exists, in
     *                                   whatever state
     */
    OutboxEntry append(String requestId, String kind, String payload);

    /** The entries still to be sent, oldest first. */
    List<OutboxEntry> pending();

    /** The entries the server refused for good, oldest first; kept so the agent can see and correct them. */
    List<OutboxEntry> failed();

    /** How many entries are still to be sent. */
    long countPending();

    /**
     * Records that the server acknowledged the request.
     *
     * @return {@code false} when no entry has this {@code requestId}
     */
    boolean markSent(String requestId);

    /**
     * Records a failed send. A retryable failure leaves the entry pending; otherwise it becomes
     * {@link OutboxState#FAILED}. Either way the attempt is counted and the message kept.
     *
     * @return {@code false} when no entry has this {@code requestId}
     */
    boolean markFailed(String requestId, String error, boolean retryable);
}
