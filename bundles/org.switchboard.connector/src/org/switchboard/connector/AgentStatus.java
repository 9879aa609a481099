package org.switchboard.connector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.core.agent.AgentState;

/**
 * The agent as the server last described it.
 *
 * @param state             the current state
 * @param reasonCode        the Not Ready reason, or {@code null}
 * @param pendingState      a requested change waiting for the agent's work to end, or {@code null}
 * @param pendingReasonCode the reason of the pending change, or {@code null}
 * @param allowedActions    what the agent may do now, as the server's rules say
 */
public record AgentStatus(String agentId, AgentState state, String reasonCode, AgentState pendingState,
        String pendingReasonCode, List<String> allowedActions) {

    public AgentStatus {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(state, "state");
        allowedActions = List.copyOf(allowedActions);
    }

    /** Before the server first described the agent. */
    public static AgentStatus unknown(String agentId) {
        return new AgentStatus(agentId, AgentState.LOGGED_OUT, null, null, null, List.of());
    }

    public Optional<AgentState> pending() {
        return Optional.ofNullable(pendingState);
    }
}
