package org.switchboard.server.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.server.core.AgentAccount;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredCad;

/**
 * What the engine and its channel handlers share: the configuration and clock, the agents' seats,
 * the live interactions, the store and the numbering of new interactions. Event-loop confined.
 */
final class CenterState {

    final ServerConfig config;
    final Clock clock;
    final ServerStore store;
    final Map<String, AgentSeat> seats = new LinkedHashMap<>();
    final InteractionTable interactions = new InteractionTable();
    final CallSync callSync;
    final Declines declines;
    final CallLimit callLimit;
    private long nextInteraction;

    CenterState(ServerConfig config, Clock clock, ServerStore store) {
        this.config = config;
        this.declines = new Declines(config.offers().rejectedAgain());
        this.callLimit = new CallLimit(config.offers().callLimit());
        this.clock = clock;
        this.store = Objects.requireNonNull(store, "store");
        this.nextInteraction = store.nextInteractionNumber();
        for (AgentAccount a : config.agents()) {
            AgentSeat seat = new AgentSeat(a, new Agent(a.id(), config.agentPolicy()));
            seat.storedState = seat.agent.state().name();
            seat.stateSince = clock.instant();
            seats.put(a.id(), seat);
        }
        this.callSync = new CallSync(seats);
    }

    /** The number the next interaction gets; taken only by {@link #takeNumber()}. */
    long peekNumber() {
        return nextInteraction;
    }

    long takeNumber() {
        return nextInteraction++;
    }

    AgentSeat seat(String agentId) {
        AgentSeat seat = agentId == null ? null : seats.get(agentId);
        if (seat == null) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no agent " + agentId);
        }
        return seat;
    }

    /** The interaction, which {@code agentId} must take part in. */
    Interaction accessible(String agentId, String interactionId) {
        seat(agentId);
        Interaction i = interactionId == null ? null : interactions.get(interactionId);
        if (i == null) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no interaction " + interactionId);
        }
        if (!involved(i).contains(agentId)) {
            throw new ServerRefusal(Reason.FORBIDDEN, "interaction " + interactionId + " is not yours");
        }
        return i;
    }

    /**
     * Agents taking part: those the interaction names, and those whose state machine still holds it.
     * Only agents it names now or was shown to can hold it (an agent is shown every interaction it is
     * named in), so those are the ones asked: not every seat, which costs too much with thousands.
     */
    Set<String> involved(Interaction i) {
        Set<String> ids = new LinkedHashSet<>();
        for (String named : i.agentsNamed()) {
            if (seats.containsKey(named)) {
                ids.add(named);
            }
        }
        for (String shown : i.shown.keySet()) {
            Agent a = seats.get(shown).agent;
            if (a.offers().contains(i.id) || a.activeInteractions().contains(i.id) || a.wrapUps().contains(i.id)) {
                ids.add(shown);
            }
        }
        return ids;
    }

    /** Writes the interaction's state to the store's history when it changed; before routing, so QUEUED is kept. */
    void storeState(Interaction i, Instant now) {
        String state = i.state();
        if (!state.equals(i.storedState)) {
            i.storedState = state;
            store.interactionStateChanged(new InteractionStateChange(i.id, now, state));
        }
    }

    void audit(String agentId, String action, String subject, String requestId, String outcome, String rule) {
        store.audit(new AuditEntry(clock.instant(), agentId, action, subject, requestId, outcome, rule));
    }

    /** Call variables with these values, all configured ones present; unknown names and bad values refused. */
    CadSet cadSet(Map<String, String> values) {
        for (String name : values.keySet()) {
            if (config.cadVariables().stream().noneMatch(d -> d.name().equals(name))) {
                throw new ServerRefusal(Reason.INVALID, Rule.CAD_UNKNOWN_VARIABLE, "unknown call variable " + name);
            }
        }
        List<CadVariable> vars = new ArrayList<>();
        for (CadDefinition d : config.cadVariables()) {
            try {
                vars.add(new CadVariable(d, values.get(d.name())));
            } catch (ActionRefusedException e) {
                throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
            }
        }
        return new CadSet(vars);
    }

    static List<StoredCad> storedCad(CadSet variables) {
        List<StoredCad> out = new ArrayList<>();
        for (CadVariable v : variables.all()) {
            if (!v.value().isEmpty()) {
                out.add(new StoredCad(v.name(), v.value().reveal(), v.definition().secure()));
            }
        }
        return out;
    }
}
