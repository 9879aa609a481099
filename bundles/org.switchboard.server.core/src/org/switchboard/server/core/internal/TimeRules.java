package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    void run(Instant now) {
        for (AgentSeat seat : state.seats.values()) {
            presence.check(seat, now);
            for (AgentEvent e : seat.agent.tick(now)) {
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
