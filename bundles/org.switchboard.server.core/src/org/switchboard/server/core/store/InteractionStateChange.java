package org.switchboard.server.core.store;

import java.time.Instant;

/** @param state a call's phase or a chat's state, as the interaction entered it */
public record InteractionStateChange(String interactionId, Instant at, String state) {
}
