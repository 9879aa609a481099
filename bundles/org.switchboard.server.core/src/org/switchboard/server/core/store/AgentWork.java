package org.switchboard.server.core.store;

import java.time.Instant;

/**
 * Where an agent stands with an interaction it took: handling it, owing its wrap-up, or done. The
 * store keeps the latest stage per interaction and agent, so that a restarted contact center knows
 * which wrap-ups are still owed and which interactions were live when it stopped.
 */
public record AgentWork(String interactionId, String agentId, Stage stage, Instant at) {

    public enum Stage {
        /** Connected to it (a call on the line, an accepted chat). */
        HANDLING,
        /** It ended for the agent, whose wrap-up is owed. */
        WRAP_UP,
        /** Wrapped up, its wrap-up time ran out, or it needed none. */
        DONE
    }
}
