package org.switchboard.server.core.store;

import java.time.Instant;

/** An agent's wrap-up of an interaction: the disposition (wrap-up reason code) and the agent's notes. */
public record StoredWrapUp(String interactionId, String agentId, Instant at, String disposition, String notes) {
}
