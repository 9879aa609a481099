package org.switchboard.connector.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.apache.cxf.jaxrs.sse.SseFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.connector.rest.EventStream;
import org.switchboard.connector.rest.RestClient;
import org.switchboard.connector.rest.RestException;
import org.switchboard.connector.rest.ServerEvent;
import org.switchboard.connector.rest.internal.Json;

/**
 * The REST connector against a CXF JAX-RS server (Jetty transport) on loopback, both running in
 * the OSGi test runtime: JSON both ways through Jackson, errors, and server-sent events.
 */
class RestConnectorOverCxfTest {

    private static final String CALLBACK_THREAD = "agent-desktop-events";

    private AgentResource resource;
    private Server server;
    private RestClient client;
    private ExecutorService callbacks;

    @BeforeEach
    void startServer() throws IOException {
        resource = new AgentResource();
        URI base = URI.create("http://127.0.0.1:" + freePort() + "/api/");
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(base.toString());
        factory.setResourceClasses(AgentResource.class);
        factory.setResourceProvider(AgentResource.class, new SingletonResourceProvider(resource));
        factory.setProvider(Json.provider());
        factory.setFeatures(List.of(new SseFeature()));
        server = factory.create();
        client = new RestClient(base, () -> AgentResource.TOKEN, Duration.ofSeconds(10), Duration.ofMillis(200));
        callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, CALLBACK_THREAD));
    }

    @AfterEach
    void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
            server.destroy();
        }
        if (resource != null) {
            resource.shutdown();
        }
        if (callbacks != null) {
            callbacks.shutdownNow();
        }
    }

    @Test
    void runsInsideOsgiWithCxfActivatorActive() {
        Bundle connector = FrameworkUtil.getBundle(RestClient.class);
        assertNotNull(connector, "the connector must be loaded by an OSGi bundle, not a flat class path");
        Bundle cxfCore = FrameworkUtil.getBundle(Server.class);
        assertNotNull(cxfCore);
        assertEquals("org.apache.cxf.cxf-core", cxfCore.getSymbolicName());
        assertEquals(Bundle.ACTIVE, cxfCore.getState(), "CXFActivator registers the transports' bus extensions");
    }

    @Test
    void getDecodesJsonAnswerIntoRecord() {
        AgentStatus status = client.get("agents/a1", AgentStatus.class);

        assertEquals(new AgentStatus("a1", "READY", AgentResource.SINCE, 2), status);
        assertEquals(List.of("Bearer " + AgentResource.TOKEN), resource.authorizationsSeen);
    }

    @Test
    void postSendsJsonBodyAndDecodesJsonAnswer() {
        StateChange change = new StateChange("NOT_READY", "LUNCH", "req-42");

        AgentStatus answer = client.post("agents/a1/state", change, AgentStatus.class);

        assertEquals(List.of(change), resource.received);
        assertEquals(new AgentStatus("a1", "NOT_READY", AgentResource.SINCE.plusSeconds(60), 0), answer);
    }

    @Test
    void errorAnswerBecomesRestExceptionWithStatus() {
        RestException notFound = assertThrows(RestException.class, () -> client.get("agents/nobody", AgentStatus.class));
        assertEquals(404, notFound.status());

        try (RestClient wrongToken = new RestClient(client.baseUri(), () -> "stale")) {
            RestException unauthorized = assertThrows(RestException.class,
                    () -> wrongToken.get("agents/a1", AgentStatus.class));
            assertEquals(401, unauthorized.status());
        }
    }

    @Test
    void unreachableServerBecomesRestExceptionWithoutStatus() throws IOException {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePort() + "/api/");
        try (RestClient offline = new RestClient(nobodyListens, () -> AgentResource.TOKEN)) {
            RestException failed = assertThrows(RestException.class, () -> offline.get("agents/a1", AgentStatus.class));
            assertEquals(0, failed.status());
        }
    }

    @Test
    void eventStreamDeliversEventsInOrderOnGivenExecutor() throws InterruptedException {
        Recorder recorder = new Recorder(AgentResource.EVENT_COUNT);

        try (EventStream stream = client.subscribe("agents/a1/events", null, callbacks, recorder)) {
            recorder.await();
            assertEquals(List.of("1", "2", "3", "4", "5"), recorder.ids());
            assertEquals("5", stream.lastEventId());
        }
        assertEquals(List.of(CALLBACK_THREAD), recorder.threads.stream().distinct().toList());
        ServerEvent third = recorder.events.get(2);
        assertEquals("agent-state", third.name());
        assertEquals(new AgentStatus("a1", "STATE-3", AgentResource.SINCE.plusSeconds(3), 3), third.data(AgentStatus.class));
        assertEquals("", resource.lastEventIdsSeen.get(0));
    }

    @Test
    void eventStreamStartsAfterGivenLastEventId() throws InterruptedException {
        Recorder recorder = new Recorder(2);

        try (EventStream stream = client.subscribe("agents/a1/events", "3", callbacks, recorder)) {
            recorder.await();
        }

        assertEquals("3", resource.lastEventIdsSeen.get(0));
        assertEquals(List.of("4", "5"), recorder.ids().subList(0, 2));
    }

    @Test
    void eventStreamReconnectsWithLastEventIdAfterDrop() throws InterruptedException {
        Recorder recorder = new Recorder(AgentResource.EVENT_COUNT);

        try (EventStream stream = client.subscribe("agents/a1/events?dropFirstAfter=2", null, callbacks, recorder)) {
            recorder.await();
        }

        assertEquals(List.of("1", "2", "3", "4", "5"), recorder.ids().subList(0, AgentResource.EVENT_COUNT));
        assertTrue(resource.connections.get() >= 2, "the stream must have reconnected");
        assertEquals(List.of("", "2"), resource.lastEventIdsSeen.subList(0, 2));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static final class Recorder implements EventStream.Listener {
        final List<ServerEvent> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        private final CountDownLatch expected;

        Recorder(int count) {
            expected = new CountDownLatch(count);
        }

        @Override
        public void onEvent(ServerEvent event) {
            threads.add(Thread.currentThread().getName());
            events.add(event);
            expected.countDown();
        }

        List<String> ids() {
            return events.stream().map(ServerEvent::id).toList();
        }

        void await() throws InterruptedException {
            assertTrue(expected.await(20, TimeUnit.SECONDS), "events received: " + ids());
        }
    }
}
