package org.switchboard.server.rest.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.ServerEvent;

/**
 * The open event streams, one per session: a newer connection of the same agent replaces the older
 * one. Each stream has a thread that waits on the session's event log and writes what follows the
 * client's last event id, a snapshot when those events are gone, and a heartbeat comment when idle.
 */
public final class EventStreams implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventStreams.class.getName());
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final ContactCenter center;
    private final Duration heartbeat;
    private final Map<String, Stream> open = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "switchboard-event-stream");
        t.setDaemon(true);
        return t;
    });

    public EventStreams(ContactCenter center, Duration heartbeat) {
        this.center = center;
        this.heartbeat = heartbeat;
    }

    void open(String agentId, Long lastEventId, SseEventSink sink, Sse sse) {
        EventFeed feed = center.feed(agentId);
        Stream stream = new Stream(agentId, feed, lastEventId == null ? -1 : lastEventId, sink, sse);
        Stream older = open.put(agentId, stream);
        if (older != null) {
            older.stop();
        }
        threads.execute(stream);
    }

    void end(String agentId) {
        Stream s = open.remove(agentId);
        if (s != null) {
            s.stop();
        }
    }

    @Override
    public void close() {
        for (Stream s : open.values()) {
            s.stop();
        }
        open.clear();
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Stream implements Runnable {
        private final String agentId;
        private final EventFeed feed;
        private final SseEventSink sink;
        private final Sse sse;
        private long cursor;
        private volatile boolean stopped;
        private volatile Thread runner;

        Stream(String agentId, EventFeed feed, long cursor, SseEventSink sink, Sse sse) {
            this.agentId = agentId;
            this.feed = feed;
            this.cursor = cursor;
            this.sink = sink;
            this.sse = sse;
        }

        void stop() {
            stopped = true;
            Thread t = runner;
            if (t != null) {
                t.interrupt();
            }
        }

        @Override
        public void run() {
            runner = Thread.currentThread();
            try (sink) {
                while (!stopped && !sink.isClosed()) {
                    EventFeed.Batch batch = feed.awaitAfter(cursor, heartbeat);
                    if (batch.closed()) {
                        break;
                    }
                    if (batch.gap()) {
                        ServerEvent snapshot = center.snapshot(agentId);
                        send(snapshot);
                        cursor = snapshot.id();
                    } else if (batch.events().isEmpty()) {
                        sink.send(sse.newEventBuilder().comment("heartbeat").build()).toCompletableFuture()
                                .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } else {
                        for (ServerEvent e : batch.events()) {
                            send(e);
                            cursor = e.id();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // The client went away or the sink failed: the client reconnects with Last-Event-ID.
                LOG.log(System.Logger.Level.DEBUG, "event stream of " + agentId + " ended", e);
            } finally {
                open.remove(agentId, this);
            }
        }

        private void send(ServerEvent e) throws Exception {
            OutboundSseEvent event = sse.newEventBuilder().id(Long.toString(e.id())).name(e.type())
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, Json.write(e)).build();
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
