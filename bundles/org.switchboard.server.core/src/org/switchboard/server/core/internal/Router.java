package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerConfig;

/**
 * Picks the agent for each waiting interaction, oldest arrival first: among the agents holding all
 * of the queue's skills who can take an offer on the channel now (Ready, no pending change, free
 * capacity), the one idle longest.
 */
final class Router {

    record Match(Interaction interaction, AgentSeat seat) {
    }

    private final ServerConfig config;
    private final Map<String, AgentSeat> seats;

    Router(ServerConfig config, Map<String, AgentSeat> seats) {
        this.config = config;
        this.seats = seats;
    }

    /** The next offer to make, or null when nothing waiting can be offered. */
    Match next(Iterable<Interaction> interactions) {
        List<Interaction> waiting = new ArrayList<>();
        for (Interaction i : interactions) {
            if (i.isQueued()) {
                waiting.add(i);
            }
        }
        waiting.sort(Comparator.comparing((Interaction i) -> i.arrived).thenComparing(i -> i.id));
        for (Interaction i : waiting) {
            QueueConfig queue = config.queueFor(i.queueId()).orElse(null);
            if (queue == null) {
                continue;
            }
            AgentSeat best = null;
            for (AgentSeat seat : seats.values()) {
                if (!seat.account.skills().containsAll(queue.skills())
                        || seat.agent.refusalOfOffer(i.channel()).isPresent()
                        || (i instanceof VoiceInteraction v && !v.call.mayRouteTo(seat.id()))) {
                    continue;
                }
                if (best == null || seat.idleSince.isBefore(best.idleSince)) {
                    best = seat;
                }
            }
            if (best != null) {
                return new Match(i, best);
            }
        }
        return null;
    }
}
