package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.internal.EventStream;
import org.switchboard.testing.ManualClock;

/**
 * One event stream over a real contact center's session feed, written to a connection the test
 * reads, with the moments that lose events in a stream made to happen on purpose.
 */
class EventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), new ManualClock(), null);
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private final Wire wire = new Wire();
    private final CountDownLatch ended = new CountDownLatch(1);

    @AfterEach
    void stop() {
        writers.shutdownNow();
        center.close();
    }

    private EventStream stream(EventFeed feed) {
        return new EventStream("a1", feed, -1, center::snapshot, wire, writers, ended::countDown);
    }

    @Test
    void anEventAddedJustAfterTheWritersLastLookIsWrittenWithoutWaitingForAnother() throws Exception {
        center.login("a1", "a1-demo");
        EventFeed feed = center.feed("a1");
        AtomicBoolean armed = new AtomicBoolean(true);
        // The agent goes Ready at the worst moment: the writer has just found nothing more to send.
        EventFeed racing = new DelegatingFeed(feed) {
            @Override
            public Batch after(long cursor) {
                Batch b = feed.after(cursor);
                if (b.events().isEmpty() && !b.gap() && !b.closed() && armed.getAndSet(false)) {
                    center.changeState("a1", "READY", null);
                }
                return b;
            }
        };
        stream(racing).start();

        assertTrue(wire.next().startsWith("event: snapshot\n"));
        String next = wire.next();
        assertFalse(armed.get(), "the agent went Ready as the writer found nothing more to send");
        assertTrue(next.startsWith("event: agent-state\n"), next);
        assertTrue(next.contains("\"state\":\"READY\""), next);
    }

    @Test
    void eventsFollowTheCursorInOrderWithTheirIds() throws Exception {
        center.login("a1", "a1-demo");
        stream(center.feed("a1")).start();
        String snapshot = wire.next();
        long snapshotId = id(snapshot);
        for (String state : List.of("READY", "NOT_READY", "READY")) {
            center.changeState("a1", state, state.equals("NOT_READY") ? "break" : null);
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String frame = wire.next();
            assertTrue(frame.startsWith("event: agent-state\nid: "), frame);
            ids.add(id(frame));
        }
        assertEquals(List.of(snapshotId + 1, snapshotId + 2, snapshotId + 3), ids);
    }

    @Test
    void aQuietStreamCarriesAHeartbeatAndAnEndedSessionEndsIt() throws Exception {
        center.login("a1", "a1-demo");
        EventStream stream = stream(center.feed("a1"));
        stream.start();
        wire.next();
        stream.heartbeatIfQuiet(System.nanoTime() + Duration.ofSeconds(2).toNanos(), Duration.ofSeconds(1).toNanos());
        assertEquals(": heartbeat\n\n", wire.next());

        center.login("a1", "a1-demo");
        assertTrue(ended.await(WAIT.toSeconds(), TimeUnit.SECONDS), "a new login ends the old session's stream");
        assertTrue(wire.closed);
        assertTrue(stream.isEnded());
    }

    @Test
    void aFailedWriteEndsTheStream() throws Exception {
        center.login("a1", "a1-demo");
        wire.failing = true;
        EventStream stream = stream(center.feed("a1"));
        stream.start();
        assertTrue(ended.await(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(wire.closed, "the response is completed");
        center.changeState("a1", "READY", null);
        assertTrue(stream.isEnded());
    }

    private static long id(String frame) {
        for (String line : frame.split("\n")) {
            if (line.startsWith("id: ")) {
                return Long.parseLong(line.substring(4));
            }
        }
        throw new AssertionError("no id in " + frame);
    }

    /** The client's end: each flush delivers what was written, split into frames. */
    private static final class Wire implements EventStream.Connection {
        private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final StringBuilder pending = new StringBuilder();
        volatile boolean closed;
        volatile boolean failing;

        private final OutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() throws IOException {
                if (failing) {
                    throw new IOException("connection reset");
                }
                pending.append(toString(StandardCharsets.UTF_8));
                reset();
                int end;
                while ((end = pending.indexOf("\n\n")) >= 0) {
                    frames.add(pending.substring(0, end + 2));
                    pending.delete(0, end + 2);
                }
            }
        };

        String next() throws InterruptedException {
            String f = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(f, "nothing written within " + WAIT);
            return f;
        }

        @Override
        public OutputStream output() {
            return out;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The real feed, with one method overridden by a test to act at a chosen moment. */
    private static class DelegatingFeed implements EventFeed {
        private final EventFeed feed;

        DelegatingFeed(EventFeed feed) {
            this.feed = feed;
        }

        @Override
        public Batch awaitAfter(long cursor, Duration wait) throws InterruptedException {
            return feed.awaitAfter(cursor, wait);
        }

        @Override
        public Batch after(long cursor) {
            return feed.after(cursor);
        }

        @Override
        public Runnable subscribe(Runnable wakeUp) {
            return feed.subscribe(wakeUp);
        }

        @Override
        public long lastId() {
            return feed.lastId();
        }
    }
}
