package org.switchboard.server.core.internal;

import java.util.List;
import java.util.Map;

import org.switchboard.core.voice.CallNotice;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;

/** A notice for one agent, which the engine puts on the agent's stream. */
record AgentNotice(String agentId, Notice notice) {

    /** The call's notices since they were last taken, for the agents they name. */
    static void fromCall(VoiceInteraction v, List<AgentNotice> into) {
        for (CallNotice n : v.call.drainNotices()) {
            if (n.agentId() != null) {
                into.add(new AgentNotice(n.agentId(), new Notice(v.id, n.rule().name(), n.message())));
            }
        }
    }

    /** Puts each notice on its agent's stream (an agent without a session misses it). */
    static void emit(List<AgentNotice> notices, Map<String, AgentSeat> seats) {
        for (AgentNotice n : notices) {
            AgentSeat seat = seats.get(n.agentId());
            if (seat != null) {
                seat.emit(EventTypes.NOTICE, null, n.notice());
            }
        }
    }
}
