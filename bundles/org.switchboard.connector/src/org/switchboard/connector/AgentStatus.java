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
 * @param displayName       the agent's name as the contact center knows it (customers may see it),
 *                          or {@code null} when the server did not say
 */
public record AgentStatus(String agentId, AgentState state, String reasonCode, AgentState pendingState,
        String pendingReasonCode, List<String> allowedActions, String displayName) {

    public AgentStatus {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(state, "state");
        allowedActions = List.copyOf(allowedActions);
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    /** Without a display name. */
    public AgentStatus(String agentId, AgentState state, String reasonCode, AgentState pendingState,
            String pendingReasonCode, List<String> allowedActions) {
        this(agentId, state, reasonCode, pendingState, pendingReasonCode, allowedActions, null);
    }

    /** The display name, or the agent id when the server gave none. */
    public String name() {
        return displayName == null ? agentId : displayName;
    }

    /** Before the server first described the agent. */
    public static AgentStatus unknown(String agentId) {
        return new AgentStatus(agentId, AgentState.LOGGED_OUT, null, null, null, List.of());
    }

    public Optional<AgentState> pending() {
        return Optional.ofNullable(pendingState);
    }
}
