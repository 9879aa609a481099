package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.rest.internal.StartingContactCenter;
import org.switchboard.server.sim.Simulator;
import org.switchboard.testing.Http;
import org.switchboard.testing.ManualClock;

/**
 * The API around what it serves: while the contact center starts it answers 503 with a JSON error,
 * then serves it without a restart; the customer simulator's endpoints exist only while it is served.
 */
class ApiPartsTest {

    private static final Map<String, String> A1 = Map.of("agentId", "a1", "password", "a1-demo");

    private RunningContactCenter center;
    private RestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (center != null) {
            center.close();
        }
    }

    @Test
    void untilTheContactCenterIsThereRequestsAreAnswered503WithAJsonError() {
        StartingContactCenter starting = new StartingContactCenter();
        server = RestServer.start(starting.contactCenter(), 0, Duration.ofMillis(300));
        Http http = new Http(server.baseUri());

        Http.Reply early = http.post("sessions", null, A1);
        assertEquals(503, early.status(), early.raw());
        assertEquals("starting", early.text("error"), early.raw());
        assertEquals(503, http.get("system", "any-token").status());

        center = ContactCenters.start(ServerConfig.demo(), new ManualClock(), null);
        starting.arrived(center);
        Http.Reply login = http.post("sessions", null, A1);
        assertEquals(200, login.status(), login.raw());
        assertEquals(200, http.get("system", login.text("token")).status());
    }

    @Test
    void withoutTheSimulatorItsEndpointsDoNotExistAndTheApiServes() throws Exception {
        center = ContactCenters.start(ServerConfig.demo(), new ManualClock(), null);
        server = RestServer.start(center, 0, Duration.ofMillis(300));
        Http http = new Http(server.baseUri());
        Http.Reply login = http.post("sessions", null, A1);
        assertEquals(200, login.status(), login.raw());
        String token = login.text("token");
        String sim = http.post("sessions", null, Map.of("agentId", "sim", "password", "sim-demo")).text("token");
        Map<String, Object> call = Map.of("queueId", "sales", "callerName", "Dana Whitfield");

        assertEquals(404, http.post("sim/calls", sim, call).status());

        AutoCloseable simulator = Simulator.serve(center, server);
        Http.Reply injected = http.post("sim/calls", sim, call);
        assertEquals(201, injected.status(), injected.raw());
        assertThrows(IllegalArgumentException.class, () -> Simulator.serve(center, server), "one simulator per API");

        simulator.close();
        assertEquals(404, http.post("sim/calls", sim, call).status());
        assertEquals(200, http.get("queues", token).status());
    }

    @Test
    void aServerStoppedCanBeStartedAgainOnTheSamePortAsARestartLooksToAClient() {
        center = ContactCenters.start(ServerConfig.demo(), new ManualClock(), null);
        server = RestServer.start(center, 0, Duration.ofMillis(300));
        int port = server.baseUri().getPort();
        server.close();
        server = RestServer.start(center, port, Duration.ofMillis(300));
        Http.Reply login = new Http(server.baseUri()).post("sessions", null, A1);
        assertEquals(200, login.status(), login.raw());
        assertEquals(port, server.baseUri().getPort());
    }
}
