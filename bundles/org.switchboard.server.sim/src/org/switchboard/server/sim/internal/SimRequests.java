package org.switchboard.server.sim.internal;

import java.util.Map;

import org.switchboard.server.core.LocationView;

/** Request and answer bodies of the simulator's endpoints. */
public final class SimRequests {

    private SimRequests() {
    }

    /**
     * A call or chat arriving. A chat from a mobile application adds {@code phoneNumber} and/or
     * {@code location}.
     */
    public record Inject(String queueId, String callerName, String callerNumber, Map<String, String> cad,
            String phoneNumber, LocationView location) {
    }

    /** A courtesy or web callback request: {@code type} COURTESY or WEB, the number to call back, the DNIS. */
    public record InjectCallback(String queueId, String type, String customerName, String customerNumber,
            String dnis) {
    }

    public record ChatText(String text) {
    }

    public record Typing(Boolean typing) {
    }

    public record Created(String interactionId) {
    }
}
