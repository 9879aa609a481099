package org.switchboard.server.app.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.app.DemoCalls;
import org.switchboard.server.core.ContactCenter;

/**
 * Demo calls while the framework property {@code switchboard.simulator} is {@code on} (the server
 * product sets it); {@code endpoints} serves only the simulator's endpoints, without demo calls.
 * {@code switchboard.simulator.interval} is the seconds between calls (default 20).
 */
@Component(immediate = true)
public final class DemoCallsComponent {

    static final String SIMULATOR_PROPERTY = "switchboard.simulator";
    static final String INTERVAL_PROPERTY = "switchboard.simulator.interval";
    private static final System.Logger LOG = System.getLogger(DemoCallsComponent.class.getName());
    private static final long CHECK_MILLIS = 500;

    private final ScheduledExecutorService timer;

    @Activate
    public DemoCallsComponent(@Reference ContactCenter center, BundleContext context) {
        if (!"on".equals(strip(context.getProperty(SIMULATOR_PROPERTY)))) {
            timer = null;
            return;
        }
        String seconds = strip(context.getProperty(INTERVAL_PROPERTY));
        Duration interval = seconds == null ? DemoCalls.DEFAULT_INTERVAL : Duration.ofSeconds(Long.parseLong(seconds));
        DemoCalls calls = new DemoCalls(center, Clock.systemUTC(), interval);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-demo-calls");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                calls.tick();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "demo call failed", e);
            }
        }, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (timer != null) {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
