package org.switchboard.connector.rest.tests;

import java.time.Instant;

/** JSON payload of the test server: an agent's state and since when. */
public record AgentStatus(String agentId, String state, Instant since, int activeInteractions) {
}
