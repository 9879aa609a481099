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
import org.switchboard.server.sim.Simulator;

/** The customer simulator's endpoints exist only while the simulator is served; the API runs without them. */
class SimulatorMountTest {

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
    void withoutTheSimulatorItsEndpointsDoNotExistAndTheApiServes() throws Exception {
        center = ContactCenters.start(ServerConfig.demo(), new ManualClock(), null);
        server = RestServer.start(center, 0, Duration.ofMillis(300));
        Http http = new Http(server.baseUri());
        Http.Reply login = http.post("sessions", null, Map.of("agentId", "a1", "password", "a1-demo"));
        assertEquals(200, login.status(), login.raw());
        String token = login.text("token");
        Map<String, Object> call = Map.of("queueId", "sales", "callerName", "Dana Whitfield");

        assertEquals(404, http.post("sim/calls", token, call).status());

        AutoCloseable simulator = Simulator.serve(center, server);
        Http.Reply injected = http.post("sim/calls", token, call);
        assertEquals(201, injected.status(), injected.raw());
        assertThrows(IllegalArgumentException.class, () -> Simulator.serve(center, server), "one simulator per API");

        simulator.close();
        assertEquals(404, http.post("sim/calls", token, call).status());
        assertEquals(200, http.get("queues", token).status());
    }
}
