package org.switchboard.server.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.server.soap.SoapEndpoint;

/**
 * The headless server: waits until the REST and SOAP endpoints serve, reports where, and runs until
 * it is stopped. The endpoints, the contact center and its store are Declarative Services
 * components; this application only waits for them. A SIGTERM (or Ctrl-C) stops the framework, so
 * the components deactivate in order and the store applies its queued writes before the JVM exits.
 */
public final class ServerApplication implements IApplication {

    /** Exit code when an endpoint does not come up (port in use, store out of reach, missing runtime bundle). */
    public static final Integer EXIT_NOT_STARTED = 2;

    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread shutdownHook;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(ServerApplication.class).getBundleContext();
        RestEndpoint rest = await(bundles, RestEndpoint.class);
        SoapEndpoint soap = await(bundles, SoapEndpoint.class);
        context.applicationRunning();
        if (rest == null || soap == null) {
            System.err.println("Switchboard server did not start within " + START_WAIT.toSeconds() + " s: "
                    + (rest == null ? "no REST endpoint" : "no SOAP endpoint")
                    + " (is the port in use or the store out of reach? the log above names the component that failed)");
            return EXIT_NOT_STARTED;
        }
        Thread hook = new Thread(() -> stopFramework(bundles), "switchboard-server-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        shutdownHook = hook;
        System.out.println("Switchboard server ready: REST " + rest.baseUri() + " SOAP " + soap.address());
        stopped.await();
        return EXIT_OK;
    }

    @Override
    public void stop() {
        Thread hook = shutdownHook;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and stops the framework itself
            }
        }
        stopped.countDown();
    }

    private static <T> T await(BundleContext bundles, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        try {
            return tracker.waitForService(START_WAIT.toMillis());
        } finally {
            tracker.close();
        }
    }

    private static void stopFramework(BundleContext bundles) {
        Bundle system = bundles.getBundle(Constants.SYSTEM_BUNDLE_ID);
        try {
            system.stop();
            if (system instanceof Framework framework) {
                framework.waitForStop(STOP_WAIT.toMillis());
            }
        } catch (BundleException | IllegalStateException e) {
            // the framework is already stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
