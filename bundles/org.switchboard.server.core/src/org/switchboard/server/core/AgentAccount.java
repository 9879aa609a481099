package org.switchboard.server.core;

import java.util.Set;



/** An agent the server knows: credentials, team and the skills routing matches against queues. */
public record AgentAccount(String id, String name, String password, String teamId, Set<String> skills) {

    public AgentAccount {
        Checks.text(id, "agent id");
        Checks.text(name, "agent name");
        Checks.text(password, "password");
        Checks.text(teamId, "team id");
        skills = Set.copyOf(Checks.present(skills, "skills"));
    }

    @Override
    public String toString() {
        return "AgentAccount[" + id + ", " + name + ", team " + teamId + ", skills " + skills + "]";
    }
}
