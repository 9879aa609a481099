package org.switchboard.server.rest.internal;

/** Small answer bodies of the API. */
public final class Answers {

    private Answers() {
    }

    public record Token(String agentId, String token) {
    }

    public record Accepted(String requestId, String interactionId) {
    }

    public record SystemState(String state) {
    }
}
