package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.Map;

import org.switchboard.core.Channel;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallPhase;
import org.switchboard.core.voice.Role;

/**
 * Keeps each agent's state machine in step with a call: the call says who rings, who is connected
 * and who owes a wrap-up; the agents' offers, interactions and wrap-ups follow. The server changes
 * the call first (the core refuses there, changing nothing) and then brings the agents along.
 */
final class CallSync {

    private enum Part {
        NONE, OFFERED, ACTIVE, WRAP_UP
    }

    private final Map<String, AgentSeat> seats;

    CallSync(Map<String, AgentSeat> seats) {
        this.seats = seats;
    }

    void sync(VoiceInteraction v, Iterable<String> agentIds, Instant now) {
        for (String agentId : agentIds) {
            AgentSeat seat = seats.get(agentId);
            if (seat != null) {
                sync(v, seat.agent, now);
            }
        }
    }

    private static void sync(VoiceInteraction v, Agent a, Instant now) {
        String id = v.id;
        Part want = wanted(v, a.id());
        Part have = a.offers().contains(id) ? Part.OFFERED
                : a.activeInteractions().contains(id) ? Part.ACTIVE
                : a.wrapUps().contains(id) ? Part.WRAP_UP : Part.NONE;
        if (want == have) {
            return;
        }
        switch (have) {
            case NONE -> {
                if (want == Part.OFFERED && (isConsultRequest(v, a.id()) || v.internalCaller != null)) {
                    a.offerConsult(id, Channel.VOICE, now);
                } else if (want == Part.OFFERED) {
                    a.offer(id, Channel.VOICE, now);
                } else if (want == Part.ACTIVE) {
                    a.start(id, Channel.VOICE);
                }
            }
            case OFFERED -> {
                if (want == Part.ACTIVE) {
                    a.accept(id);
                } else {
                    a.withdrawOffer(id);
                }
            }
            case ACTIVE -> a.end(id, want == Part.WRAP_UP, now);
            case WRAP_UP -> a.completeWrapUp(id);
        }
    }

    private static boolean isConsultRequest(VoiceInteraction v, String agentId) {
        return v.call.consultedParty().filter(agentId::equals).isPresent() && !v.call.isConsultAccepted();
    }

    private static Part wanted(VoiceInteraction v, String agentId) {
        Call c = v.call;
        if (v.isInternalCaller(agentId)) {
            // The caller of an internal call is on it until it ends, and owes no wrap-up.
            return c.phase() == CallPhase.ENDED ? Part.NONE : Part.ACTIVE;
        }
        if (c.offeredTo().filter(agentId::equals).isPresent()) {
            return Part.OFFERED;
        }
        if (c.consultedParty().filter(agentId::equals).isPresent() && !c.isConsultAccepted()) {
            return Part.OFFERED;
        }
        // An ended call still names its agent 1; only the wrap-up it owes remains.
        Role role = c.phase() == CallPhase.ENDED ? null : c.roleOf(agentId).orElse(null);
        if (role == Role.AGENT_1 || role == Role.AGENT_2) {
            return Part.ACTIVE;
        }
        return v.owesWrapUp(agentId) ? Part.WRAP_UP : Part.NONE;
    }
}
