package org.switchboard.server.core;

import java.util.List;

/**
 * An agent as the desktop shows it. {@code pendingState} is set while a requested change waits for
 * the agent's interactions (and their wrap-ups) to end.
 *
 * @param away true while the session has had an event stream and has none now (its desktop was
 *             closed, crashed, or is reconnecting): nothing is offered to the agent meanwhile
 */
public record AgentView(String id, String name, String state, String availability, String reasonCode,
        String pendingState, String pendingReasonCode, List<String> offers, List<String> interactions,
        List<String> wrapUps, List<String> allowedActions, boolean away) {
}
