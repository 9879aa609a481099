package org.switchboard.server.rest.internal;

import org.switchboard.server.rest.Role;

/** Whom a request's token belongs to: an agent, or a staff account with its role (and a supervisor's team). */
public record Caller(String id, Role role, String teamId) {

    static Caller agent(String agentId) {
        return new Caller(agentId, Role.AGENT, null);
    }
}
