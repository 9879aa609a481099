package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.rest.RestEndpoint;

/** The components start the demo contact center and serve it, as the headless server does. */
class DeclarativeServicesTest {

    private static ServiceRegistration<ServerStore> store;

    /** The contact center component starts on its store; this runtime has no database: one that keeps nothing. */
    @BeforeAll
    static void registerAStoreThatKeepsNothing() {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        store = context.registerService(ServerStore.class, ServerStore.none(), null);
    }

    @AfterAll
    static void unregisterTheStore() {
        store.unregister();
    }

    @Test
    void componentsServeTheDemoContactCenterOnLoopback() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<RestEndpoint, RestEndpoint> tracker = new ServiceTracker<>(context, RestEndpoint.class, null);
        tracker.open();
        try {
            RestEndpoint endpoint = tracker.waitForService(20_000);
            assertNotNull(endpoint, "the REST component must be active");
            ServiceTracker<ContactCenter, ContactCenter> centers = new ServiceTracker<>(context, ContactCenter.class,
                    null);
            centers.open();
            assertNotNull(centers.waitForService(20_000), "the contact center component must be active");
            centers.close();
            assertEquals("127.0.0.1", endpoint.baseUri().getHost());

            Http http = new Http(endpoint.baseUri());
            assertEquals(401, http.get("system", null).status());
            Http.Reply login = http.post("sessions", null, Map.of("agentId", "a3", "password", "a3-demo"));
            assertEquals(200, login.status(), login.raw());
            Http.Reply system = http.get("system", login.text("token"));
            assertEquals(200, system.status());
            assertEquals("PARTIAL_SERVICE", system.text("state"), "the support queues have nobody logged in");
            assertEquals(200, http.delete("sessions/current", login.text("token")).status());
        } finally {
            tracker.close();
        }
    }
}
