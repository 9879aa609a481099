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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
import org.switchboard.testing.Await;

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
    void aSilentStreamIsNoticedAndResumedAfterTheLastEvent() throws IOException {
        FakeEventServer resource = new FakeEventServer(List.of(
                new FakeEventServer.RawEvent("1", "snapshot", FakeEventServer.snapshot(1, "NOT_READY")),
                new FakeEventServer.RawEvent("2", "agent-state", FakeEventServer.agentEvent(2, "agent-state", "READY"))));
        EventLog log = new EventLog();
        open(serve(resource), log);
        log.await(AgentStateChanged.class, a -> a.status().state() == AgentState.READY);

        ConnectionChanged lost = log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
        log.awaitAfter(lost, ConnectionChanged.class, c -> c.state() == ConnectionState.CONNECTED);

        assertEquals("2", resource.lastEventIds.get(1), "resumed after the last event delivered");
        assertEquals(1, log.all(StateReconciled.class).size());
        assertEquals(1, log.all(AgentStateChanged.class).size(), "nothing is delivered twice");
    }

    @Test
    void aServerThatAcceptsTheStreamAndNeverAnswersDoesNotHoldReconnecting() throws Exception {
        try (SilentEventServer silent = new SilentEventServer()) {
            EventLog log = new EventLog();
            open(silent.baseUri(), log);

            // each unanswered stream is given up after the silence timeout and opened again
            Await.until("the stream opened again and again", () -> silent.eventRequests.size() >= 3);
            assertTrue(session.state() == ConnectionState.CONNECTING || session.state() == ConnectionState.RECONNECTING,
                    session.state().toString());
            ConnectorSession closing = session;
            session = null;
            // a close that waited for the silent server would never return
            CompletableFuture.runAsync(closing::close).get(EventLog.WAIT.toSeconds(), TimeUnit.SECONDS);
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
            Await.until("three polls while connected", () -> resource.systemRequests.get() - before >= 3);
            assertEquals(ConnectionState.CONNECTED, session.state(), "an in-service primary is kept");

            resource.serviceState = "OUT_OF_SERVICE";
            ConnectionChanged moved = log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.FAILED_OVER);

            assertEquals(ServerRole.SECONDARY, moved.server());
            Await.until("the secondary's snapshot to replace the desk", EventLog.WAIT,
                    () -> log.all(StateReconciled.class).size() == 2);
            assertEquals("NOT_READY", secondary.center.agent("a1").state(), "logged in on the secondary");
        }
    }
}
