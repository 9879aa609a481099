package org.switchboard.server.core;

import java.util.Set;



/**
 * An agent the server knows: credentials, team, the skills routing matches against queues, and the
 * agent's DN (the number of the agent's phone device, shown to an agent this one consults).
 *
 * @param dn the agent's dial number; null when none is configured
 */
public record AgentAccount(String id, String name, String password, String teamId, Set<String> skills, String dn) {

    /** An agent without a configured DN. */
    public AgentAccount(String id, String name, String password, String teamId, Set<String> skills) {
        this(id, name, password, teamId, skills, null);
    }

    public AgentAccount {
        Checks.text(id, "agent id");
        Checks.text(name, "agent name");
        Checks.text(password, "password");
        Checks.text(teamId, "team id");
        skills = Set.copyOf(Checks.present(skills, "skills"));
        dn = dn == null || dn.isBlank() ? null : dn.strip();
    }

    @Override
    public String toString() {
        return "AgentAccount[" + id + ", " + name + ", team " + teamId + ", skills " + skills + "]";
    }
}
