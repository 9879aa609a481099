package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentEvent;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;

/**
 * The time-driven rules, run at every tick: presence, the agents' offer and wrap-up timeouts, and
 * each interaction's own (ring and consult timeouts, the privacy shield). Event-loop confined.
 */
final class TimeRules {

    private final CenterState state;
    private final Channels channels;
    private final Presence presence;

    TimeRules(CenterState state, Channels channels) {
        this.state = state;
        this.channels = channels;
        this.presence = new Presence(state.config.presence(), this::offerReturned);
    }

    /**
     * Runs the rules at {@code now}; {@code changed} is told of each agent they changed (the agents of
     * interactions they changed are found by comparing those interactions' views).
     */
    void run(Instant now, Consumer<AgentSeat> changed) {
        for (AgentSeat seat : state.seats.values()) {
            int steps = seat.awaySteps;
            presence.check(seat, now);
            List<AgentEvent> events = seat.agent.tick(now);
            if (!events.isEmpty() || steps != seat.awaySteps || absenceNotShown(seat)) {
                changed.accept(seat);
            }
            for (AgentEvent e : events) {
                switch (e) {
                    case AgentEvent.OfferTimedOut t -> {
                        seat.emit(EventTypes.NOTICE, null, new Notice(t.interactionId(),
                                Rule.OFFER_NOT_ANSWERED.name(), Rule.OFFER_NOT_ANSWERED.message()));
                        offerReturned(t.interactionId(), seat.id());
                    }
                    case AgentEvent.OfferWithdrawn w -> offerReturned(w.interactionId(), seat.id());
                    case AgentEvent.WrapUpTimedOut w -> {
                        if (state.interactions.get(w.interactionId()) instanceof VoiceInteraction v) {
                            v.wrapUpClosed.add(seat.id());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        List<AgentNotice> notices = new ArrayList<>();
        for (Interaction i : List.copyOf(state.interactions.values())) {
            channels.of(i).tick(i, now, notices);
            AgentNotice.emit(notices, state.seats);
            notices.clear();
        }
    }

    /** Whether the agent was last shown present while its desktop is away, or the other way round. */
    private static boolean absenceNotShown(AgentSeat seat) {
        return seat.published != null && seat.published.away() != (seat.log != null && seat.log.isAbsent());
    }

    /** An offer the agent did not answer (or that went with one it did not): back to the queue. */
    private void offerReturned(String interactionId, String agentId) {
        Interaction i = state.interactions.get(interactionId);
        if (i != null) {
            List<AgentNotice> notices = new ArrayList<>(1);
            channels.of(i).offerReturned(i, agentId, notices);
            AgentNotice.emit(notices, state.seats);
        }
    }
}
