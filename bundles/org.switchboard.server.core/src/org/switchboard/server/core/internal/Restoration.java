package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.chat.ChatSession;
import org.switchboard.core.chat.MobileContext;
import org.switchboard.core.voice.Call;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.store.AgentWork;
import org.switchboard.server.core.store.AgentWork.Stage;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.RestoredState;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredCad;
import org.switchboard.server.core.store.StoredInteraction;

/**
 * Continuity across a restart of the contact center. While it runs, each agent's stage with its
 * interactions (handling, owing a wrap-up, done) is written to the store. When it starts on a store
 * that holds open work, every interaction an agent still owes a wrap-up for comes back as ended,
 * owing that wrap-up, and the agent enters wrap-up for it at its next login; work that was still
 * being handled (the server did not stop cleanly) is first recorded as ended by the server stop.
 * The outcomes of the latest requests come back from the audit log, so a request an agent's desktop
 * repeats after the restart is answered with its first outcome instead of being applied again.
 * Event-loop confined.
 */
final class Restoration {

    /** The state an interaction's history records when a server stop ended it. */
    static final String ENDED_BY_SERVER_STOP = "ENDED_BY_SERVER_STOP";

    private final ServerConfig config;
    private final Map<String, AgentSeat> seats;
    private final ServerStore store;

    Restoration(ServerConfig config, Map<String, AgentSeat> seats, ServerStore store) {
        this.config = config;
        this.seats = seats;
        this.store = store;
    }

    /** Takes over what the store holds; restored interactions are added to {@code interactions}. */
    void restore(Map<String, Interaction> interactions, Instant now) {
        RestoredState state = store.restore(AgentSeat.REMEMBERED_REQUESTS);
        for (AuditEntry e : state.requests()) {
            AgentSeat seat = seats.get(e.agentId());
            if (seat != null && e.requestId() != null) {
                ServerEvent outcome = outcomeOf(e);
                if (outcome != null) {
                    seat.outcomes.put(e.requestId(), outcome);
                }
            }
        }
        Map<String, List<AgentWork>> byInteraction = new LinkedHashMap<>();
        for (AgentWork w : state.openWork()) {
            byInteraction.computeIfAbsent(w.interactionId(), k -> new ArrayList<>()).add(w);
        }
        for (Map.Entry<String, List<AgentWork>> e : byInteraction.entrySet()) {
            StoredInteraction stored = state.interactions().get(e.getKey());
            List<AgentWork> work = e.getValue();
            List<String> owing = new ArrayList<>();
            for (AgentWork w : work) {
                if (seats.containsKey(w.agentId()) && !owing.contains(w.agentId())) {
                    owing.add(w.agentId());
                }
            }
            if (work.stream().anyMatch(w -> w.stage() == Stage.HANDLING)) {
                store.interactionStateChanged(new InteractionStateChange(e.getKey(), now, ENDED_BY_SERVER_STOP));
            }
            if (stored == null || owing.isEmpty() || interactions.containsKey(stored.id())) {
                for (AgentWork w : work) {
                    store.agentWorkChanged(new AgentWork(w.interactionId(), w.agentId(), Stage.DONE, now));
                }
                continue;
            }
            // A call owes one wrap-up, its agent 1's: the agent who took it first.
            Interaction restored = Channel.VOICE.name().equals(stored.channel())
                    ? endedCall(stored, owing.get(0))
                    : endedChat(stored, owing);
            restored.storedState = restored.state();
            interactions.put(restored.id, restored);
            Set<String> named = restored.agentsNamed();
            for (AgentWork w : work) {
                boolean owed = named.contains(w.agentId());
                if (owed) {
                    AgentSeat seat = seats.get(w.agentId());
                    seat.owedAtLogin.add(restored.id);
                    seat.storedWork.put(restored.id, Stage.WRAP_UP);
                }
                if (w.stage() != Stage.WRAP_UP || !owed) {
                    store.agentWorkChanged(new AgentWork(w.interactionId(), w.agentId(),
                            owed ? Stage.WRAP_UP : Stage.DONE, now));
                }
            }
        }
    }

    /** An audited outcome as the event that answered it; null for one that was answered as an error. */
    static ServerEvent outcomeOf(AuditEntry e) {
        if (AuditEntry.COMPLETED.equals(e.outcome())) {
            return new ServerEvent(0, EventTypes.ACTION_COMPLETED, e.requestId(),
                    new ActionOutcome(e.requestId(), e.subject(), e.action(), null, null));
        }
        if (AuditEntry.REFUSED.equals(e.outcome())) {
            String message = null;
            try {
                message = e.rule() == null ? null : Rule.valueOf(e.rule()).message();
            } catch (IllegalArgumentException unknownRule) {
                // a rule of an older version: the name alone
            }
            return new ServerEvent(0, EventTypes.ACTION_REFUSED, e.requestId(),
                    new ActionOutcome(e.requestId(), e.subject(), e.action(), e.rule(), message));
        }
        return null;
    }

    /** A call that ended with {@code agentId} as its agent 1, who owes its wrap-up. */
    private VoiceInteraction endedCall(StoredInteraction s, String agentId) {
        Call call = Call.outbound(s.id(), agentId, s.customerId(), s.queueId(), config.callPolicy());
        call.leave(s.customerId());
        return new VoiceInteraction(call, new Caller(s.callerName(), s.callerNumber()), cad(s), s.arrived());
    }

    /** A chat that ended; the first agent's session is the current one, the others' earlier ones. */
    private ChatInteraction endedChat(StoredInteraction s, List<String> agentIds) {
        ChatInteraction chat = new ChatInteraction(s.id(), s.customerId(), s.queueId(),
                new Caller(s.callerName(), s.callerNumber()), cad(s), s.arrived());
        for (String agentId : agentIds) {
            ChatSession session = new ChatSession(s.id(), s.customerId(), s.queueId(), agentId, MobileContext.none(),
                    ChatHandler.ATTACHMENTS, config.wrapUpCatalog());
            session.accept();
            session.end();
            if (chat.session != null) {
                chat.earlier.add(session);
            } else {
                chat.session = session;
            }
        }
        chat.customerLeft = true;
        return chat;
    }

    /** The stored call variables that are still defined, the others empty. */
    private CadSet cad(StoredInteraction s) {
        Map<String, String> values = new HashMap<>();
        for (StoredCad c : s.cad()) {
            values.put(c.name(), c.value());
        }
        List<CadVariable> vars = new ArrayList<>();
        for (CadDefinition d : config.cadVariables()) {
            try {
                vars.add(new CadVariable(d, values.get(d.name())));
            } catch (ActionRefusedException e) {
                vars.add(new CadVariable(d, null));
            }
        }
        return new CadSet(vars);
    }

    /** At login: the agent enters wrap-up for every restored interaction it owes one for. */
    void resumeWrapUps(AgentSeat seat, Map<String, Interaction> interactions, Instant now) {
        for (String id : List.copyOf(seat.owedAtLogin)) {
            seat.owedAtLogin.remove(id);
            Interaction i = interactions.get(id);
            if (i != null && i.agentsNamed().contains(seat.id())) {
                seat.agent.start(id, i.channel());
                seat.agent.end(id, true, now);
            }
        }
    }

    /** Writes the agent's stage with each interaction it holds, when it changed. */
    void record(AgentSeat seat, Instant now) {
        if (unchanged(seat)) {
            return;
        }
        Map<String, Stage> current = new HashMap<>();
        for (String id : seat.agent.activeInteractions()) {
            current.put(id, Stage.HANDLING);
        }
        for (String id : seat.agent.wrapUps()) {
            current.put(id, Stage.WRAP_UP);
        }
        for (String id : seat.owedAtLogin) {
            current.put(id, Stage.WRAP_UP);
        }
        Set<String> ids = new LinkedHashSet<>(seat.storedWork.keySet());
        ids.addAll(current.keySet());
        for (String id : ids) {
            Stage stage = current.getOrDefault(id, Stage.DONE);
            if (stage != seat.storedWork.get(id)) {
                store.agentWorkChanged(new AgentWork(id, seat.id(), stage, now));
            }
        }
        seat.storedWork.clear();
        seat.storedWork.putAll(current);
    }

    /** Whether the stored stages are the agent's now; allocates nothing, as it runs for every seat after a tick. */
    private static boolean unchanged(AgentSeat seat) {
        Set<String> active = seat.agent.activeInteractions();
        Set<String> wrapUps = seat.agent.wrapUps();
        if (seat.storedWork.size() != active.size() + wrapUps.size() + seat.owedAtLogin.size()) {
            return false;
        }
        for (String id : active) {
            if (seat.storedWork.get(id) != Stage.HANDLING) {
                return false;
            }
        }
        for (String id : wrapUps) {
            if (seat.storedWork.get(id) != Stage.WRAP_UP) {
                return false;
            }
        }
        for (String id : seat.owedAtLogin) {
            if (seat.storedWork.get(id) != Stage.WRAP_UP) {
                return false;
            }
        }
        return true;
    }
}
