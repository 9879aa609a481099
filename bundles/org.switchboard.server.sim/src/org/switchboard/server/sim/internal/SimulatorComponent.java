package org.switchboard.server.sim.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.server.sim.Simulator;

/** Serves the customer simulator's endpoints while the contact center and its REST API run. */
@Component(immediate = true)
public final class SimulatorComponent {

    private static final System.Logger LOG = System.getLogger(SimulatorComponent.class.getName());

    private final AutoCloseable served;

    @Activate
    public SimulatorComponent(@Reference ContactCenter center, @Reference RestEndpoint rest) {
        served = Simulator.serve(center, rest);
    }

    @Deactivate
    void deactivate() {
        try {
            served.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the simulator's endpoints did not stop cleanly", e);
        }
    }
}
