package org.switchboard.server.core;

/** A logged-in agent and the bearer token of the session. */
public record Session(String agentId, String token) {

    @Override
    public String toString() {
        return "Session[" + agentId + "]";
    }
}
