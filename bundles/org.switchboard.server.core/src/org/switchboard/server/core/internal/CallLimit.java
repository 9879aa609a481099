package org.switchboard.server.core.internal;

import java.util.Collection;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.NoticeRules;

/**
 * The contact center's limit of concurrent calls (the administrator's, for the whole contact center):
 * calls ringing an agent, connected, or being dialled count; calls waiting in a queue do not. At the
 * limit no waiting call is offered and no call is placed, and every logged-in agent is told why; when
 * calls are offered again they are told that too. A consult or transfer stays within its call.
 * Event-loop confined.
 */
final class CallLimit {

    private final int limit;
    private int live;
    /** This routing pass held a waiting call back. */
    private boolean heldBack;
    /** The agents were last told that calls are held back. */
    private boolean told;

    /** @param limit the limit of concurrent calls; 0: none */
    CallLimit(int limit) {
        this.limit = limit;
    }

    /** Counts the live calls, before routing looks at what waits. */
    void count(Collection<Interaction> interactions) {
        live = 0;
        heldBack = false;
        if (limit == 0) {
            return;
        }
        for (Interaction i : interactions) {
            if (i.channel() == Channel.VOICE && !i.isQueued() && !i.isOver()) {
                live++;
            }
        }
    }

    /** Whether routing may offer a waiting call now. */
    boolean admitsOffer() {
        if (limit == 0 || live < limit) {
            return true;
        }
        heldBack = true;
        return false;
    }

    /** Routing offered a waiting call: one more is live. */
    void offered() {
        live++;
    }

    /** Refuses placing a call at the limit. */
    void requireRoomToPlace(Collection<Interaction> interactions) {
        count(interactions);
        if (limit > 0 && live >= limit) {
            throw new ActionRefusedException(Rule.CALL_LIMIT_REACHED, live + " of " + limit + " calls");
        }
    }

    /** After routing: when the limit began or stopped holding calls back, every logged-in agent is told. */
    void tell(Collection<AgentSeat> seats) {
        if (heldBack == told) {
            return;
        }
        told = heldBack;
        Notice notice = told
                ? new Notice(null, NoticeRules.CALL_LIMIT_REACHED, "The contact center is at its limit of " + limit
                        + (limit == 1 ? " concurrent call" : " concurrent calls")
                        + ": calls wait in their queues, and none can be placed, until one ends.")
                : new Notice(null, NoticeRules.CALL_LIMIT_CLEARED,
                        "The contact center is below its limit of concurrent calls again: waiting calls are offered.");
        for (AgentSeat seat : seats) {
            seat.emit(EventTypes.NOTICE, null, notice);
        }
    }
}
