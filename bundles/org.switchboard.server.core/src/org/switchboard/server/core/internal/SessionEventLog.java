package org.switchboard.server.core.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.ServerEvent;

/**
 * The events of one agent session: ids increase by one from 1, the newest {@code capacity} are kept
 * for replay. Appended on the event loop, read by stream threads; guarded by its own monitor.
 */
final class SessionEventLog implements EventFeed {

    private final int capacity;
    private final ArrayDeque<ServerEvent> kept;
    private long lastId;
    private boolean closed;

    SessionEventLog(int capacity) {
        this.capacity = capacity;
        this.kept = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized ServerEvent append(String type, String requestId, Object data) {
        ServerEvent event = new ServerEvent(++lastId, type, requestId, data);
        if (kept.size() == capacity) {
            kept.removeFirst();
        }
        kept.addLast(event);
        notifyAll();
        return event;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    @Override
    public synchronized long lastId() {
        return lastId;
    }

    @Override
    public synchronized Batch awaitAfter(long cursor, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long oldestKept = kept.isEmpty() ? lastId + 1 : kept.peekFirst().id();
            if (cursor < lastId && cursor >= oldestKept - 1) {
                List<ServerEvent> out = new ArrayList<>((int) (lastId - cursor));
                for (ServerEvent e : kept) {
                    if (e.id() > cursor) {
                        out.add(e);
                    }
                }
                return new Batch(List.copyOf(out), false, false);
            }
            if (closed) {
                return new Batch(List.of(), false, true);
            }
            if (cursor < 0 || cursor > lastId || cursor < oldestKept - 1) {
                return new Batch(List.of(), true, false);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Batch(List.of(), false, false);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
