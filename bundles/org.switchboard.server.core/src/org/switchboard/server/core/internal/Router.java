package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.switchboard.core.Channel;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerConfig;

/**
 * Picks the agent for each waiting interaction, oldest arrival first: among the agents holding all
 * of the queue's skills who can take an offer on the channel now (Ready, no pending change, free
 * capacity), the one idle longest. An agent who declined an interaction is not offered it again until
 * the configured interval is over, an agent whose desktop is away is offered nothing, and at the contact
 * center's limit of concurrent calls no waiting call is offered ({@link CallLimit}).
 */
final class Router {

    /** @param consult the agent is to be consulted on the call (a consult to a queue or entry point) */
    record Match(Interaction interaction, AgentSeat seat, boolean consult) {
    }

    private final ServerConfig config;
    private final Map<String, AgentSeat> seats;

    private final CallLimit callLimit;

    Router(ServerConfig config, Map<String, AgentSeat> seats, CallLimit callLimit) {
        this.config = config;
        this.seats = seats;
        this.callLimit = callLimit;
    }

    /**
     * The offers to make now, oldest arrival first, each to the agent idle longest; {@code offer} makes
     * each before the next is chosen. One pass is enough: an offer only takes an agent away, so what
     * found no agent before it finds none after it.
     */
    void route(Iterable<Interaction> interactions, Instant now, java.util.function.Consumer<Match> offer) {
        List<Interaction> waiting = null;
        for (Interaction i : interactions) {
            if (i.isQueued() || consultQueue(i) != null) {
                if (waiting == null) {
                    waiting = new ArrayList<>();
                }
                waiting.add(i);
            }
        }
        if (waiting == null) {
            return;
        }
        waiting.sort(Comparator.comparing((Interaction i) -> i.arrived).thenComparing(i -> i.id));
        for (Interaction i : waiting) {
            boolean newCall = i.channel() == Channel.VOICE && consultQueue(i) == null;
            if (newCall && !callLimit.admitsOffer()) {
                continue;
            }
            Match m = match(i, now);
            if (m != null) {
                offer.accept(m);
                if (newCall) {
                    callLimit.offered();
                }
            }
        }
    }

    /** The agent to offer {@code i} to now, or null. */
    private Match match(Interaction i, Instant now) {
        String consultQueue = consultQueue(i);
        QueueConfig queue = config.queueFor(consultQueue != null ? consultQueue : i.queueId()).orElse(null);
        if (queue == null) {
            return null;
        }
        AgentSeat best = null;
        for (AgentSeat seat : seats.values()) {
            if (!seat.account.skills().containsAll(queue.skills())
                    || seat.agent.refusalOfOffer(i.channel()).isPresent() || !Presence.reachable(seat)
                    || (consultQueue == null && !Declines.mayOffer(i, seat.id(), now))
                    || (i instanceof VoiceInteraction v && (!v.call.mayRouteTo(seat.id())
                            || (consultQueue != null && v.call.roleOf(seat.id()).isPresent())))) {
                continue;
            }
            if (best == null || seat.idleSince.isBefore(best.idleSince)) {
                best = seat;
            }
        }
        return best == null ? null : new Match(i, best, consultQueue != null);
    }

    /** The queue or entry point a consult of this call is waiting in for an agent, or null. */
    private static String consultQueue(Interaction i) {
        return i instanceof VoiceInteraction v ? v.call.consultWaitingForAgent().orElse(null) : null;
    }
}
