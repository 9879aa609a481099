package org.switchboard.core.agent;

import org.switchboard.core.Channel;

/** What {@link Agent#tick(java.time.Instant)} reports so the server can act on it. */
public sealed interface AgentEvent {

    String interactionId();

    /** The offer was not answered in time: the interaction returns to its queue, the agent is RONA. */
    record OfferTimedOut(String interactionId, Channel channel) implements AgentEvent {
    }

    /** An offer withdrawn because another offer timed out; it returns to its queue too. */
    record OfferWithdrawn(String interactionId, Channel channel) implements AgentEvent {
    }

    /** Wrap-up ran out of time and was closed by the system. */
    record WrapUpTimedOut(String interactionId) implements AgentEvent {
    }
}
