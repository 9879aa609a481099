package org.switchboard.server.core;

import java.util.List;

/** The whole state of one agent's desk: sent when the events a client missed are no longer kept. */
public record Snapshot(AgentView agent, List<InteractionView> interactions) {
}
