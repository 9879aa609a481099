package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.rest.internal.StartingContactCenter;

/**
 * While the server starts (the contact center waits for its store) the API answers 503 with a JSON
 * error; once the contact center is there the same API serves it, without a restart.
 */
class StartingServerTest {

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
        Map<String, String> a1 = Map.of("agentId", "a1", "password", "a1-demo");

        Http.Reply early = http.post("sessions", null, a1);
        assertEquals(503, early.status(), early.raw());
        assertEquals("starting", early.text("error"), early.raw());
        assertEquals(503, http.get("system", "any-token").status());

        center = ContactCenters.start(ServerConfig.demo(), new ManualClock(), null);
        starting.arrived(center);
        Http.Reply login = http.post("sessions", null, a1);
        assertEquals(200, login.status(), login.raw());
        assertEquals(200, http.get("system", login.text("token")).status());
    }
}
