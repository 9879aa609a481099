package org.switchboard.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent as its supervisor sees it.
 *
 * @param state            the agent's state as the server names it (READY, NOT_READY, ...)
 * @param since            when the agent entered it; null when the server did not say
 * @param away             the agent's desktop lost its connection
 * @param interactionId    the interaction it works on now, or null
 * @param channel          VOICE, CHAT, EMAIL, or null
 * @param interactionState the interaction's state, or null
 * @param customer         the customer's name or number, or null
 */
public record TeamMember(String agentId, String name, String state, String reasonCode, Instant since, boolean away,
        String interactionId, String channel, String interactionState, String customer) {

    public TeamMember {
        Objects.requireNonNull(agentId, "agentId");
    }
}
