package org.switchboard.server.sim.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.server.sim.Simulator;

/**
 * Serves the customer simulator's endpoints while the contact center and its REST API run, when the
 * framework property {@value #SIMULATOR_PROPERTY} is {@code on} (endpoints and demo calls) or
 * {@code endpoints} (endpoints only); unset or {@code off}, the simulator does not exist.
 */
@Component(immediate = true)
public final class SimulatorComponent {

    static final String SIMULATOR_PROPERTY = "switchboard.simulator";

    private static final System.Logger LOG = System.getLogger(SimulatorComponent.class.getName());

    private final AutoCloseable served;

    @Activate
    public SimulatorComponent(@Reference ContactCenter center, @Reference RestEndpoint rest, BundleContext context) {
        served = enabled(context.getProperty(SIMULATOR_PROPERTY)) ? Simulator.serve(center, rest) : null;
    }

    static boolean enabled(String setting) {
        String s = setting == null ? "" : setting.strip();
        return s.equals("on") || s.equals("endpoints");
    }

    @Deactivate
    void deactivate() {
        if (served == null) {
            return;
        }
        try {
            served.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the simulator's endpoints did not stop cleanly", e);
        }
    }
}
