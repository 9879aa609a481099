package org.switchboard.server.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.ServerEvent;

/**
 * The events of one agent session: ids increase by one from 1, the newest {@code capacity} are kept
 * for replay. Appended on the event loop, read by stream threads; guarded by its own monitor. Its
 * subscribers are told of each append and of the end outside the monitor, on the appending thread.
 *
 * <p>Its subscribers are the session's open event streams, so the log also knows whether the agent's
 * desktop is listening: a session that has had a stream and has none now is absent since the instant
 * its last stream went (see {@link Presence}). A session that never opened a stream (a client of the
 * Java or SOAP interface alone) is never absent.
 */
final class SessionEventLog implements EventFeed {

    private static final System.Logger LOG = System.getLogger(SessionEventLog.class.getName());

    private final int capacity;
    private final ArrayDeque<ServerEvent> kept;
    private long lastId;
    private boolean closed;
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Runnable back;
    /** When the last stream went; null while one is open or before the first. Under the monitor. */
    private Instant absentSince;

    /** @param back run (on the subscribing thread, at once) when a stream comes back to an absent session */
    SessionEventLog(int capacity, Clock clock, Runnable back) {
        this.capacity = capacity;
        this.clock = clock;
        this.back = back;
        this.kept = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    ServerEvent append(String type, String requestId, Object data) {
        ServerEvent event;
        synchronized (this) {
            event = new ServerEvent(++lastId, type, requestId, data);
            if (kept.size() == capacity) {
                kept.removeFirst();
            }
            kept.addLast(event);
            notifyAll();
        }
        wakeSubscribers();
        return event;
    }

    void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        wakeSubscribers();
    }

    private void wakeSubscribers() {
        for (Runnable s : subscribers) {
            try {
                s.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "an event stream's wake-up failed", e);
            }
        }
    }

    @Override
    public Runnable subscribe(Runnable wakeUp) {
        boolean returned;
        synchronized (this) {
            subscribers.add(wakeUp);
            returned = absentSince != null;
            absentSince = null;
        }
        if (returned) {
            back.run();
        }
        return () -> {
            synchronized (this) {
                if (subscribers.remove(wakeUp) && subscribers.isEmpty()) {
                    absentSince = clock.instant();
                }
            }
        };
    }

    /** Since when the session has had no stream, after having one; null while it has one or never had. */
    synchronized Instant absentSince() {
        return absentSince;
    }

    synchronized boolean isAbsent() {
        return absentSince != null;
    }

    @Override
    public synchronized Batch after(long cursor) {
        Batch b = batchAfter(cursor);
        return b != null ? b : new Batch(List.of(), false, false);
    }

    @Override
    public synchronized long lastId() {
        return lastId;
    }

    @Override
    public synchronized Batch awaitAfter(long cursor, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Batch b = batchAfter(cursor);
            if (b != null) {
                return b;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Batch(List.of(), false, false);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** What follows the cursor, the end, or a gap; null while there is nothing yet. Under the monitor. */
    private Batch batchAfter(long cursor) {
        long oldestKept = kept.isEmpty() ? lastId + 1 : kept.peekFirst().id();
        if (cursor < lastId && cursor >= oldestKept - 1) {
            List<ServerEvent> out = new ArrayList<>((int) (lastId - cursor));
            // newest last: walk back from the end to the cursor instead of over the whole buffer
            var it = kept.descendingIterator();
            while (it.hasNext()) {
                ServerEvent e = it.next();
                if (e.id() <= cursor) {
                    break;
                }
                out.add(e);
            }
            return new Batch(List.copyOf(out.reversed()), false, false);
        }
        if (closed) {
            return new Batch(List.of(), false, true);
        }
        if (cursor < 0 || cursor > lastId || cursor < oldestKept - 1) {
            return new Batch(List.of(), true, false);
        }
        return null;
    }
}
