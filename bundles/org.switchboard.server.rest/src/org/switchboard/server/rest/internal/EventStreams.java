package org.switchboard.server.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.servlet.AsyncContext;
import javax.ws.rs.sse.SseEventSink;

import org.apache.cxf.jaxrs.sse.SseEventSinkImpl;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.ServerEvent;

/**
 * The open event streams, one per session: a newer connection of the same agent replaces the older
 * one. No thread is held per stream: each stream is woken by its session's feed and written by a
 * short-lived virtual thread, and one timer sends heartbeat comments to streams that were quiet.
 *
 * <p>Events are written straight to the servlet response that CXF's SSE sink holds open, not through
 * {@link SseEventSink#send}: CXF 3.6's sink queues each event for a dispatcher that can miss an event
 * queued just as it finishes (its "dispatching" flag is cleared after its last look at the queue), so
 * that event would wait for the next send, and a sender waiting for it would end the stream.
 */
public final class EventStreams implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventStreams.class.getName());

    private final ContactCenter center;
    private final long heartbeatNanos;
    private final Map<String, EventStream> open = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors
            .newThreadPerTaskExecutor(Thread.ofVirtual().name("switchboard-event-stream-", 0).factory());
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "switchboard-event-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public EventStreams(ContactCenter center, Duration heartbeat) {
        this.center = center;
        this.heartbeatNanos = heartbeat.toNanos();
        // Looking twice per period keeps the longest silence under one and a half periods.
        long every = Math.max(1, heartbeat.toMillis() / 2);
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    void open(String agentId, Long lastEventId, SseEventSink sink) {
        open(agentId, center.feed(agentId), center::snapshot, lastEventId, sink);
    }

    /** A supervisor's stream: its team's agents and help requests. */
    void openTeam(String supervisorId, Long lastEventId, SseEventSink sink) {
        open(supervisorId, center.team().feed(supervisorId), center.team()::snapshot, lastEventId, sink);
    }

    private void open(String agentId, EventFeed feed, Function<String, ServerEvent> snapshots, Long lastEventId,
            SseEventSink sink) {
        EventStream[] self = new EventStream[1];
        EventStream stream = new EventStream(agentId, feed, lastEventId == null ? -1 : lastEventId, snapshots,
                connection(sink), writers, () -> open.remove(agentId, self[0]));
        self[0] = stream;
        EventStream older = open.put(agentId, stream);
        if (older != null) {
            older.stop();
        }
        stream.start();
    }

    void end(String agentId) {
        EventStream s = open.remove(agentId);
        if (s != null) {
            s.stop();
        }
    }

    private void heartbeat() {
        long now = System.nanoTime();
        for (EventStream s : open.values()) {
            s.heartbeatIfQuiet(now, heartbeatNanos);
        }
    }

    /** The response behind CXF's sink, which CXF has put in asynchronous mode and will not write to itself. */
    private static EventStream.Connection connection(SseEventSink sink) {
        if (!(sink instanceof SseEventSinkImpl cxf)) {
            throw new IllegalStateException("event streams need CXF's servlet SSE sink, not " + sink.getClass());
        }
        AsyncContext async = cxf.getAsyncContext();
        return new EventStream.Connection() {
            @Override
            public OutputStream output() throws IOException {
                return async.getResponse().getOutputStream();
            }

            @Override
            public boolean isClosed() {
                return sink.isClosed();
            }

            @Override
            public void close() {
                sink.close();
            }
        };
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        for (EventStream s : open.values()) {
            s.stop();
        }
        open.clear();
        writers.shutdown();
        try {
            if (!writers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "event stream writers still running after 5 s");
                writers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
