package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.testing.Http;
import org.switchboard.testing.Services;
import org.switchboard.testing.StoreKeepingNothing;

/** The components start the demo contact center and serve it, as the headless server does. */
@ExtendWith(StoreKeepingNothing.class)
class DeclarativeServicesTest {

    @Test
    void componentsServeTheDemoContactCenterOnLoopback() {
        BundleContext context = Services.of(getClass());
        RestEndpoint endpoint = Services.await(context, RestEndpoint.class);
        // the REST endpoint registers at once and answers 503 until the contact center is there
        assertNotNull(Services.await(context, ContactCenter.class));
        assertEquals("127.0.0.1", endpoint.baseUri().getHost());

        Http http = new Http(endpoint.baseUri());
        assertEquals(401, http.get("system", null).status());
        Http.Reply login = http.post("sessions", null, Map.of("agentId", "a3", "password", "a3-demo"));
        assertEquals(200, login.status(), login.raw());
        Http.Reply system = http.get("system", login.text("token"));
        assertEquals(200, system.status());
        assertEquals("PARTIAL_SERVICE", system.text("state"), "the support queues have nobody logged in");
        assertEquals(200, http.delete("sessions/current", login.text("token")).status());

        String admin = http.post("sessions", null, Map.of("agentId", "admin", "password", "admin-demo")).text("token");
        assertEquals(404, http.post("sim/calls", admin, Map.of("queueId", "sales")).status(),
                "switchboard.simulator is not set: the simulator does not exist");
    }
}
