package org.switchboard.server.core;

import java.time.Instant;

/**
 * One agent as its supervisor sees it.
 *
 * @param since            when the agent entered {@code state}, for the time in state
 * @param away             the agent's desktop has lost its stream
 * @param interactionId    the interaction the agent works on now (the newest active one), or null
 * @param channel          its channel, or null
 * @param interactionState its state (a call's phase, a chat's state), or null
 * @param customer         the customer's name or number, or null
 */
public record TeamMemberView(String agentId, String name, String state, String reasonCode, Instant since,
        boolean away, String interactionId, String channel, String interactionState, String customer) {
}
