package org.switchboard.server.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.core.Channel;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.NoticeRules;

/**
 * Offers agents decline (reject). A declined interaction is withdrawn from the agent at once and is
 * not offered to that agent again for the configured interval; routing offers it to the next eligible
 * Ready agent, and while there is none it waits in its queue, to be offered to the agent who declined
 * it once the interval is over. The agent keeps its state (the agent guides give declining no state of
 * its own) and is told, once routing has run, where the interaction went. Event-loop confined.
 */
final class Declines {

    private record Declined(Interaction interaction, AgentSeat seat) {
    }

    private final List<Declined> untold = new ArrayList<>();
    private final Duration interval;

    /** @param interval how long an agent who declined an interaction is not offered it again */
    Declines(Duration interval) {
        this.interval = interval;
    }

    /** {@code seat}'s agent declined its offer of {@code i}, which the caller has withdrawn. */
    void declined(Interaction i, AgentSeat seat, Instant now) {
        i.declinedUntil.put(seat.id(), now.plus(interval));
        untold.add(new Declined(i, seat));
    }

    /** Whether routing may offer {@code i} to {@code agentId} at {@code now}. */
    static boolean mayOffer(Interaction i, String agentId, Instant now) {
        Instant until = i.declinedUntil.get(agentId);
        return until == null || !now.isBefore(until);
    }

    /** After routing: each agent who declined is told whether the interaction went to another agent. */
    void tell() {
        for (Declined d : untold) {
            Interaction i = d.interaction();
            String what = i.channel() == Channel.CHAT ? "the chat" : "the call";
            String where;
            if (i.isOver()) {
                where = ".";
            } else if (i.isQueued()) {
                where = "; it waits in its queue for another agent, and may be offered to you again after "
                        + interval.toSeconds() + " s.";
            } else {
                where = "; it was offered to another agent.";
            }
            d.seat().emit(EventTypes.NOTICE, null, new Notice(i.id, NoticeRules.OFFER_DECLINED,
                    "You declined " + what + where));
        }
        untold.clear();
    }
}
