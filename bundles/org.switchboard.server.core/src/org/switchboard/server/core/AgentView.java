package org.switchboard.server.core;

import java.util.List;

/**
 * An agent as the desktop shows it. {@code pendingState} is set while a requested change waits for
 * the agent's interactions (and their wrap-ups) to end.
 */
public record AgentView(String id, String name, String state, String availability, String reasonCode,
        String pendingState, String pendingReasonCode, List<String> offers, List<String> interactions,
        List<String> wrapUps, List<String> allowedActions) {
}
