package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.switchboard.core.agent.Agent;
import org.switchboard.server.core.AgentAccount;
import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.store.AgentWork;

/** One configured agent: the core's state machine, its session (if logged in) and routing data. */
final class AgentSeat {

    static final int REMEMBERED_REQUESTS = 256;

    final AgentAccount account;
    final Agent agent;
    /** When the agent last became Ready with nothing to do: routing offers to the longest idle. */
    Instant idleSince = Instant.MIN;
    /** When the agent entered its present state, for its supervisor's time in state. */
    Instant stateSince = Instant.EPOCH;
    String token;
    SessionEventLog log;
    AgentView published;
    /** The interactions this agent was last shown a view of (the other side of {@code Interaction.shown}). */
    final Set<Interaction> shown = new LinkedHashSet<>();
    /** The state and reason last written to the store, to record only changes. */
    String storedState;
    String storedReason;
    /**
     * Outcomes by request id, so a repeated request is answered again instead of applied twice. Kept
     * across the agent's logins (a desktop that crashed re-sends its outbox from a new session) and,
     * through the audit log, across restarts of the contact center.
     */
    final Map<String, ServerEvent> outcomes = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ServerEvent> eldest) {
            return size() > REMEMBERED_REQUESTS;
        }
    };

    /** The agent's stage with each interaction as last written to the store, to record only changes. */
    final Map<String, AgentWork.Stage> storedWork = new HashMap<>();
    /** Interactions restored after a restart whose wrap-up the agent owes; it enters wrap-up at login. */
    final Set<String> owedAtLogin = new LinkedHashSet<>();
    /** Presence steps taken while the desktop is away: 1 made Not Ready, 2 logged out (see {@link Presence}). */
    int awaySteps;

    AgentSeat(AgentAccount account, Agent agent) {
        this.account = account;
        this.agent = agent;
    }

    String id() {
        return account.id();
    }

    boolean hasSession() {
        return log != null;
    }

    void emit(String type, String requestId, Object data) {
        if (log != null) {
            log.append(type, requestId, data);
        }
    }
}
