package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorEvent.InteractionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.store.StoreFactory;

/**
 * Several events written in one HTTP chunk (a replay after a reconnect, a proxy that coalesces
 * writes) reach the listener as they arrive, each one, in order, without waiting for the stream's
 * next write. The stream stays silent afterwards, and its silence timeout is longer than the wait,
 * so an event held back until more bytes come is never delivered and the test fails.
 */
class EventsInOneChunkTest {

    @TempDir
    Path data;

    private ChunkedEventServer server;
    private ConnectorSession session;

    @AfterEach
    void stop() {
        if (session != null) {
                session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private EventLog open() throws Exception {
        server = new ChunkedEventServer();
        EventLog log = new EventLog();
        Executor direct = Runnable::run;
        ConnectionSettings settings = ConnectionSettings.of(server.baseUri(), "a1", "secret".toCharArray(), data)
                .withSilenceTimeout(Duration.ofSeconds(60));
        session = new RestConnectorComponent(new StoreFactory()).open(settings);
        session.addListener(log, direct);
        return log;
    }

    @Test
    void eventsWrittenInOneChunkAfterTheSnapshotAreEachDeliveredInOrder() throws Exception {
        EventLog log = open();
        server.sendInOneChunk(ChunkedEventServer.frame(1, "snapshot", FakeEventServer.snapshot(1, "READY")));
        log.await(StateReconciled.class, s -> true);

        server.sendInOneChunk(
                ChunkedEventServer.frame(2, "interaction", interaction(2, "OFFERED")),
                ChunkedEventServer.frame(3, "interaction", interaction(3, "ACCEPTED")),
                ChunkedEventServer.frame(4, "interaction", interaction(4, "CONNECTED")));
        log.await(InteractionChanged.class, c -> c.interaction().state().equals("CONNECTED"));
        assertEquals(List.of("offered OFFERED", "changed ACCEPTED", "changed CONNECTED"), interactionEvents(log));
        assertEquals("CONNECTED", onlyInteraction().state(), "the desk holds the last state");
    }

    @Test
    void aSnapshotAndTheEventsAfterItInOneChunkAreEachDeliveredInOrder() throws Exception {
        EventLog log = open();

        server.sendInOneChunk(
                ChunkedEventServer.frame(1, "snapshot", FakeEventServer.snapshot(1, "READY")),
                ChunkedEventServer.frame(2, "interaction", interaction(2, "OFFERED")),
                ChunkedEventServer.frame(3, "interaction", interaction(3, "CONNECTED")));

        log.await(InteractionChanged.class, c -> c.interaction().state().equals("CONNECTED"));
        assertEquals(List.of("offered OFFERED", "changed CONNECTED"), interactionEvents(log));
        assertEquals(1, log.all(StateReconciled.class).size());
        assertEquals("CONNECTED", onlyInteraction().state(), "the desk holds the last state");
        assertEquals(List.of(""), server.lastEventIds, "the stream was not reopened");
    }

    /**
     * Chunks from a few hundred bytes to past the reader's buffers (8 KiB), so that events end
     * inside a buffer, at its end and across two of them.
     */
    @Test
    void largeEventsInOneChunkAreEachDeliveredInOrder() throws Exception {
        EventLog log = open();
        server.sendInOneChunk(ChunkedEventServer.frame(1, "snapshot", FakeEventServer.snapshot(1, "READY")),
                ChunkedEventServer.frame(2, "interaction", interaction(2, "OFFERED")));
        log.await(InteractionOffered.class, o -> true);
        long id = 2;
        for (int lines = 1; lines <= 200; lines += 13) {
            int size = lines;
            server.sendInOneChunk(
                    ChunkedEventServer.frame(++id, "interaction", interaction(id, "ACCEPTED", size)),
                    ChunkedEventServer.frame(++id, "interaction", interaction(id, "CONNECTED", size)),
                    ChunkedEventServer.frame(++id, "interaction", interaction(id, "HELD", size)));
            log.await(InteractionChanged.class,
                    c -> c.interaction().state().equals("HELD") && c.interaction().transcript().size() == size);
            List<String> last = interactionEvents(log);
            assertEquals(List.of("changed ACCEPTED", "changed CONNECTED", "changed HELD"),
                    last.subList(last.size() - 3, last.size()), "with " + size + " transcript lines");
            assertEquals(size, onlyInteraction().transcript().size());
            assertEquals("HELD", onlyInteraction().state());
        }
    }

    private InteractionInfo onlyInteraction() {
        List<InteractionInfo> all = List.copyOf(session.adapt(TelephonyService.class).orElseThrow().interactions());
        assertEquals(1, all.size(), "interactions on the desk: " + all);
        return all.get(0);
    }

    private static List<String> interactionEvents(EventLog log) {
        return log.all().stream().<String>mapMulti((ConnectorEvent e, java.util.function.Consumer<String> out) -> {
            if (e instanceof InteractionOffered o) {
                out.accept("offered " + o.interaction().state());
            } else if (e instanceof InteractionChanged c) {
                out.accept("changed " + c.interaction().state());
            }
        }).toList();
    }

    private static String interaction(long id, String state, int lines) {
        StringBuilder t = new StringBuilder();
        for (int n = 0; n < lines; n++) {
            t.append(n == 0 ? "" : ",").append("{\"from\":\"customer\",\"at\":\"2026-01-01T10:00:00Z\",\"text\":\"line ")
                    .append(n).append(" of what the customer wrote, long enough to fill a buffer\"}");
        }
        return "{\"id\":" + id + ",\"type\":\"interaction\",\"requestId\":null,\"data\":{\"id\":\"i-1\","
                + "\"channel\":\"CHAT\",\"queueId\":\"chat-support\",\"state\":\"" + state + "\","
                + "\"callerName\":\"Noor Haddad\",\"allowedActions\":[],\"cad\":[],\"transcript\":[" + t + "]}}";
    }

    private static String interaction(long id, String state) {
        return interaction(id, state, 0);
    }
}
