package org.switchboard.server.rest.internal;

/** Small answer bodies of the API. */
public final class Answers {

    private Answers() {
    }

    /** @param role AGENT, or the staff account's role: a desktop shows a supervisor its team */
    public record Token(String agentId, String token, String role) {
    }

    public record Accepted(String requestId, String interactionId) {
    }

    public record SystemState(String state) {
    }

    /** A revealed secure value: its text form masks it, so that no log line can carry it. */
    public record SecureValue(String name, String value) {
        @Override
        public String toString() {
            return "SecureValue[" + name + "=******]";
        }
    }

    /** A single-use ticket for {@code GET /events?ticket=...}, good for this many seconds. */
    public record StreamTicket(String ticket, long expiresInSeconds) {
    }
}
