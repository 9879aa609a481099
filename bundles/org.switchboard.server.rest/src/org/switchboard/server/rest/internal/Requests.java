package org.switchboard.server.rest.internal;

import java.util.Map;

import org.switchboard.server.core.ActionParams;

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

    public record Inject(String queueId, String callerName, String callerNumber, Map<String, String> cad) {
    }

    public record ChatText(String text) {
    }
}
