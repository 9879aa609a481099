package org.switchboard.server.core.store;

import java.util.List;
import java.util.Map;

/**
 * What a contact center takes over from the store when it starts.
 *
 * @param openWork     agents' work not done, oldest first
 * @param interactions the interactions that work names, by id
 * @param requests     the latest audited actions carrying a request id, oldest first, at most the
 *                     number asked for per agent
 */
public record RestoredState(List<AgentWork> openWork, Map<String, StoredInteraction> interactions,
        List<AuditEntry> requests) {

    public static final RestoredState EMPTY = new RestoredState(List.of(), Map.of(), List.of());

    public RestoredState {
        openWork = List.copyOf(openWork);
        interactions = Map.copyOf(interactions);
        requests = List.copyOf(requests);
    }
}
