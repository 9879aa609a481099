package org.switchboard.server.core;

import java.time.Duration;
import java.util.List;

/** One agent session's events, for the stream that serves them. Safe to use from any thread. */
public interface EventFeed {

    /**
     * What follows {@code cursor}.
     *
     * @param events the events after the cursor, oldest first
     * @param gap    the events after the cursor are no longer kept (or the cursor is unknown): send a snapshot
     * @param closed the session ended; the stream ends too
     */
    record Batch(List<ServerEvent> events, boolean gap, boolean closed) {
    }

    /** Returns what follows {@code cursor}, waiting up to {@code wait} for something to arrive. May block. */
    Batch awaitAfter(long cursor, Duration wait) throws InterruptedException;

    /** Returns what follows {@code cursor} now (no events, no gap and not closed: nothing yet). Does not block. */
    Batch after(long cursor);

    /**
     * Runs {@code wakeUp} after each event is added and when the session ends, on the thread that adds
     * it (the contact center's event loop): it must return at once, never block or throw. A stream reads
     * with {@link #after(long)} once woken.
     *
     * @return what removes the subscription
     */
    Runnable subscribe(Runnable wakeUp);

    long lastId();
}
