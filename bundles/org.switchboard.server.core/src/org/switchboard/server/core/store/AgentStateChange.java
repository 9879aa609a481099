package org.switchboard.server.core.store;

import java.time.Instant;

/** @param reasonCode the Not Ready reason, or null */
public record AgentStateChange(String agentId, Instant at, String state, String reasonCode) {
}
