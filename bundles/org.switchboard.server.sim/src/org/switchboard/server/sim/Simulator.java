package org.switchboard.server.sim;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.server.sim.internal.SimulatorResource;

/** The customer simulator's REST endpoints, {@code /api/v1/sim/*}, for servers started outside Declarative Services. */
public final class Simulator {

    private Simulator() {
    }

    /** Serves the simulator of {@code center} beside {@code rest}'s API until the returned handle is closed. */
    public static AutoCloseable serve(ContactCenter center, RestEndpoint rest) {
        return rest.mount("sim", new SimulatorResource(center, rest.access()));
    }
}
