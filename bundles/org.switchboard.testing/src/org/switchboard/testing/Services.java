package org.switchboard.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services a test's components register, waited for as the framework starts them. */
public final class Services {

    public static final Duration COMPONENT_TIMEOUT = Duration.ofSeconds(20);

    private Services() {
    }

    /** The bundle context of the test class's bundle. */
    public static BundleContext of(Class<?> testClass) {
        return FrameworkUtil.getBundle(testClass).getBundleContext();
    }

    /** Waits for a {@code type} service; fails when no component registers one in time. */
    public static <T> T await(BundleContext context, Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(COMPONENT_TIMEOUT.toMillis());
            assertNotNull(service, "a " + type.getSimpleName() + " component must be active");
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + type.getSimpleName(), e);
        } finally {
            tracker.close();
        }
    }
}
