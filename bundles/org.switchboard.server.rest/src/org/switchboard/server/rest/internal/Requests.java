package org.switchboard.server.rest.internal;

import java.util.Map;

import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.LocationView;

/** Request bodies of the API. */
public final class Requests {

    private Requests() {
    }

    public record Login(String agentId, String password) {
    }

    public record StateChange(String state, String reasonCode) {
    }

    public record Action(String action, ActionParams params, String requestId) {
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

    /** {@code kind} NUMBER (an outbound call to the dial number {@code to}) or AGENT (an internal call to agent {@code to}). */
    public record PlaceCall(String kind, String to) {
    }

    public record ChatText(String text) {
    }

    public record Typing(Boolean typing) {
    }
}
