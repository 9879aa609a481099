package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.jaxrs.sse.SseFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorEvent.AgentStateChanged;
import org.switchboard.connector.ConnectorEvent.ConnectionChanged;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.ServerRole;
import org.switchboard.core.agent.AgentState;
import org.switchboard.store.StoreFactory;

/** The session's stream against a server whose events the test writes byte for byte. */
class StreamRobustnessTest {

    @TempDir
    Path data;

    private Server server;
    private ConnectorSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.stop();
            server.destroy();
        }
    }

    private URI serve(FakeEventServer resource) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/api/v1/");
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress("http://127.0.0.1:" + port + "/api/v1");
        factory.setResourceClasses(FakeEventServer.class);
        factory.setResourceProvider(FakeEventServer.class, new SingletonResourceProvider(resource));
        factory.setFeatures(List.of(new SseFeature()));
        server = factory.create();
        return base;
    }

    private ConnectorSession open(URI base, EventLog log) {
        return open(ConnectionSettings.of(base, "a1", "secret".toCharArray(), data), log);
    }

    private ConnectorSession open(ConnectionSettings settings, EventLog log) {
        Executor direct = Runnable::run;
        session = new RestConnectorComponent(new StoreFactory()).open(settings);
        session.addListener(log, direct);
        return session;
    }

    @Test
    void malformedEventsAreSkippedAndTheStreamGoesOn() throws IOException {
        FakeEventServer resource = new FakeEventServer(List.of(
                new FakeEventServer.RawEvent("1", "snapshot", FakeEventServer.snapshot(1, "NOT_READY")),
                new FakeEventServer.RawEvent("2", "agent-state", "{\"id\":2, \"type\": \"agent-state\", \"data\": {"),
                new FakeEventServer.RawEvent("3", "agent-state", FakeEventServer.agentEvent(3, "agent-state", "ASLEEP")),
                new FakeEventServer.RawEvent("4", "interaction", "{\"id\":4,\"type\":\"interaction\",\"data\":{\"id\":\"i-1\"}}"),
                new FakeEventServer.RawEvent("5", "agent-state", FakeEventServer.agentEvent(5, "agent-state", "READY"))));
        EventLog log = new EventLog();
        open(serve(resource), log);

        AgentStateChanged ready = log.await(AgentStateChanged.class, a -> true);

        assertEquals(AgentState.READY, ready.status().state());
        List<ConnectorEvent> stream = log.all().stream().filter(e -> !(e instanceof ConnectionChanged)
                && !(e instanceof ConnectorEvent.OutboxChanged)).toList();
        assertEquals(2, stream.size(), "the snapshot, then READY; the three malformed events are skipped: " + stream);
        assertTrue(stream.get(0) instanceof StateReconciled);
        assertEquals(List.of(""), resource.lastEventIds, "the stream was not reopened");
        assertEquals(ConnectionState.CONNECTED, session.state());
    }

    @Test
    void aSilentStreamIsNoticedWithinTheSilenceTimeoutAndResumedAfterTheLastEvent() throws IOException {
        FakeEventServer resource = new FakeEventServer(List.of(
                new FakeEventServer.RawEvent("1", "snapshot", FakeEventServer.snapshot(1, "NOT_READY")),
                new FakeEventServer.RawEvent("2", "agent-state", FakeEventServer.agentEvent(2, "agent-state", "READY"))));
        EventLog log = new EventLog();
        open(serve(resource), log);
        log.await(AgentStateChanged.class, a -> a.status().state() == AgentState.READY);
        long lastEvent = System.nanoTime();

        ConnectionChanged lost = log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
        long noticed = System.nanoTime() - lastEvent;
        log.awaitAfter(lost, ConnectionChanged.class, c -> c.state() == ConnectionState.CONNECTED);

        assertTrue(noticed >= Duration.ofMillis(2900).toNanos() && noticed < Duration.ofMillis(3600).toNanos(),
                "silence noticed after " + noticed / 1_000_000 + " ms");
        assertEquals("2", resource.lastEventIds.get(1), "resumed after the last event delivered");
        assertEquals(1, log.all(StateReconciled.class).size());
        assertEquals(1, log.all(AgentStateChanged.class).size(), "nothing is delivered twice");
    }

    @Test
    void aServerThatAcceptsTheStreamAndNeverAnswersDoesNotHoldReconnecting() throws Exception {
        try (SilentEventServer silent = new SilentEventServer()) {
            EventLog log = new EventLog();
            open(silent.baseUri(), log);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (silent.eventRequests.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            List<Long> at = silent.eventRequests;
            assertTrue(at.size() >= 3, "the stream was opened again and again: " + at.size() + " requests");
            long gap = at.get(1) - at.get(0);
            assertTrue(gap >= Duration.ofMillis(2900).toNanos() && gap < Duration.ofMillis(4500).toNanos(),
                    "an unanswered stream is given up after the silence timeout: " + gap / 1_000_000 + " ms");
            assertTrue(session.state() == ConnectionState.CONNECTING || session.state() == ConnectionState.RECONNECTING,
                    session.state().toString());
            long closing = System.nanoTime();
            session.close();
            session = null;
            assertTrue(System.nanoTime() - closing < Duration.ofSeconds(6).toNanos(), "closing does not wait for the server");
        }
    }

    @Test
    void failsOverWhenThePolledServerGoesOutOfServiceWhileTheStreamIsUp() throws Exception {
        FakeEventServer resource = new FakeEventServer(List.of(
                new FakeEventServer.RawEvent("1", "snapshot", FakeEventServer.snapshot(1, "NOT_READY"))));
        URI primary = serve(resource);
        try (ServerUnderTest secondary = new ServerUnderTest()) {
            EventLog log = new EventLog();
            open(ConnectionSettings.of(primary, "a1", "a1-demo".toCharArray(), data)
                    .withSecondary(secondary.baseUri())
                    .withSilenceTimeout(Duration.ofSeconds(30))
                    .withServicePoll(Duration.ofMillis(200)), log);
            log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.CONNECTED);
            int before = resource.systemRequests.get();
            Thread.sleep(1000);
            assertTrue(resource.systemRequests.get() - before >= 3, "polled while connected: "
                    + (resource.systemRequests.get() - before));
            assertEquals(ConnectionState.CONNECTED, session.state(), "an in-service primary is kept");

            resource.serviceState = "OUT_OF_SERVICE";
            long out = System.nanoTime();
            ConnectionChanged moved = log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.FAILED_OVER);
            long took = System.nanoTime() - out;

            assertEquals(ServerRole.SECONDARY, moved.server());
            assertTrue(took < Duration.ofSeconds(2).toNanos(), "moved after " + took / 1_000_000 + " ms");
            long deadline = System.nanoTime() + EventLog.WAIT.toNanos();
            while (log.all(StateReconciled.class).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(2, log.all(StateReconciled.class).size(), "the secondary's snapshot replaces the desk");
            assertEquals("NOT_READY", secondary.center.agent("a1").state(), "logged in on the secondary");
        }
    }
}
