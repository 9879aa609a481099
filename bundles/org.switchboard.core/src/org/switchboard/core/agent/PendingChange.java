package org.switchboard.core.agent;

import org.switchboard.core.internal.Require;

/**
 * A state change asked for while the agent is handling interactions; applied when the last one
 * (including its wrap-up) ends. {@code reason} is set only for {@link AgentState#NOT_READY}.
 */
public record PendingChange(AgentState target, ReasonCode reason) {

    public PendingChange {
        Require.present(target, "target state");
    }
}
