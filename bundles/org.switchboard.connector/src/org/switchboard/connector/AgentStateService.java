package org.switchboard.connector;

import java.util.concurrent.CompletionStage;

import org.switchboard.core.agent.AgentState;

/**
 * The agent's state. {@link #current()} reads the session's view and never blocks; changes return
 * at once and complete on a connector thread.
 */
public interface AgentStateService {

    /** As the server last described the agent. */
    AgentStatus current();

    /**
     * Asks for READY, NOT_READY (with a configured reason code) or LOGGED_OUT. Completes with the
     * agent as the server answered, a pending change included; exceptionally with
     * {@link ConnectorException} carrying the server's message when it is refused.
     */
    CompletionStage<AgentStatus> changeState(AgentState state, String reasonCode);
}
