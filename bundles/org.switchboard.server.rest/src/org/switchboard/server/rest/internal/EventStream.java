package org.switchboard.server.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.ServerEvent;

/**
 * One open event stream. No thread waits for it: the session's feed wakes it when an event is added
 * (and the heartbeat timer when it has been quiet), and a writer task then sends everything after
 * the client's cursor, a snapshot first when those events are no longer kept, each event flushed on
 * its own.
 *
 * <p>Wake-ups are counted, not flagged: a wake-up that arrives while a writer is sending makes that
 * same writer look again before it lets go, so an event added at any moment is written without
 * waiting for a later one. At most one writer runs per stream, so writes never interleave.
 */
public final class EventStream {

    /** The end of the HTTP response: flush what was written, close what is left. */
    public interface Connection {
        OutputStream output() throws IOException;

        /** The client is gone or the response was completed elsewhere. */
        boolean isClosed();

        /** Completes the response. */
        void close();
    }

    private static final System.Logger LOG = System.getLogger(EventStream.class.getName());
    /** Snapshots in a row before the writer gives up for this wake-up (a feed outrunning its buffer). */
    private static final int SNAPSHOTS_PER_WAKE_UP = 3;

    private final String agentId;
    private final EventFeed feed;
    private final Function<String, ServerEvent> snapshots;
    private final Connection connection;
    private final Executor writers;
    private final Runnable onEnd;
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final SseFrames frames = new SseFrames();
    private volatile boolean stopped;
    private volatile boolean heartbeatDue;
    private volatile long lastWrite = System.nanoTime();
    private volatile Runnable unsubscribe = () -> {
    };
    /** The id of the last event written; writer-confined. */
    private long cursor;
    private boolean headersSent;

    /**
     * @param cursor    the client's last event id, or -1 for none (the stream starts with a snapshot)
     * @param snapshots the snapshot of an agent's desk, whose id is the last event it covers
     * @param onEnd     run once when the stream ends, however it ends
     */
    public EventStream(String agentId, EventFeed feed, long cursor, Function<String, ServerEvent> snapshots,
            Connection connection, Executor writers, Runnable onEnd) {
        this.agentId = agentId;
        this.feed = feed;
        this.cursor = cursor;
        this.snapshots = snapshots;
        this.connection = connection;
        this.writers = writers;
        this.onEnd = onEnd;
    }

    String agentId() {
        return agentId;
    }

    /** Follows the feed and writes what the client has not seen yet. */
    public void start() {
        unsubscribe = feed.subscribe(this::wake);
        wake();
    }

    /** Ends the stream (a newer one replaced it, or the server stops); the writer closes the response. */
    public void stop() {
        stopped = true;
        wake();
    }

    public boolean isEnded() {
        return ended.get();
    }

    /** Sends a heartbeat comment when nothing was written for {@code quietNanos}. */
    public void heartbeatIfQuiet(long now, long quietNanos) {
        if (now - lastWrite >= quietNanos) {
            heartbeatDue = true;
            wake();
        }
    }

    private void wake() {
        if (wakeUps.getAndIncrement() == 0) {
            try {
                writers.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                end();
            }
        }
    }

    private void drain() {
        int missed = 1;
        while (true) {
            if (!ended.get()) {
                writeWhatFollows();
            }
            missed = wakeUps.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }

    private void writeWhatFollows() {
        try {
            if (stopped || connection.isClosed()) {
                end();
                return;
            }
            frames.clear();
            int snapshotsLeft = SNAPSHOTS_PER_WAKE_UP;
            while (true) {
                EventFeed.Batch batch = feed.after(cursor);
                if (batch.closed()) {
                    flush();
                    end();
                    return;
                }
                if (batch.gap()) {
                    if (snapshotsLeft-- == 0) {
                        break;
                    }
                    ServerEvent snapshot = snapshots.apply(agentId);
                    frames.event(snapshot);
                    cursor = snapshot.id();
                    flush();
                    continue;
                }
                if (batch.events().isEmpty()) {
                    break;
                }
                // One event per flush (one per chunk), as CXF's sink wrote them: with several events
                // in one chunk the desktop was seen to show a chat's call to the customer late.
                for (ServerEvent e : batch.events()) {
                    frames.event(e);
                    cursor = e.id();
                    flush();
                }
            }
            if (frames.size() == 0 && heartbeatDue) {
                frames.heartbeat();
            }
            flush();
        } catch (IOException e) {
            // The client went away or the response failed: the client reconnects with Last-Event-ID.
            LOG.log(System.Logger.Level.DEBUG, "event stream of " + agentId + " ended", e);
            end();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "event stream of " + agentId + " ended: " + e.getMessage(), e);
            end();
        }
    }

    private void flush() throws IOException {
        if (frames.size() > 0 || !headersSent) {
            // The response's headers go with the first snapshot or replay: once a client sees the stream
            // open, what happens next reaches it as events, not inside the snapshot it is about to get.
            headersSent = true;
            heartbeatDue = false;
            OutputStream out = connection.output();
            frames.writeTo(out);
            out.flush();
            lastWrite = System.nanoTime();
            frames.clear();
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            unsubscribe.run();
            try {
                connection.close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the event stream of " + agentId + " failed", e);
            } finally {
                onEnd.run();
            }
        }
    }
}
