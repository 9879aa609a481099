package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.List;

import org.switchboard.server.core.ActionCommand;

/**
 * One channel's part of the contact center (voice, chat, callbacks; email and outbound campaigns
 * come as new handlers): the engine knows channels only through this. The engine finds an
 * interaction, checks who asks, and hands the command over; the handler parses it (refusing what is
 * malformed before anything changes), applies it to the core's model and says what came of it.
 * Routing, publishing and the store's history stay the engine's. Event-loop confined.
 */
interface ChannelHandler {

    /** Whether this handler applies {@code action} to {@code i}; the engine asks its handlers in order. */
    boolean takes(Interaction i, String action);

    /** The command as this channel understands it; a malformed one is refused with a {@code ServerRefusal}. */
    ParsedCommand parse(Interaction i, ActionCommand command);

    /**
     * Applies the command for the seat's agent, who takes part in {@code i}. A refusal of the core
     * ({@code ActionRefusedException}) changes nothing.
     */
    Handled apply(Interaction i, AgentSeat seat, ParsedCommand command, Instant now);

    /** Whether this handler's channel is the one {@code i} belongs to (for routing, time and the server stop). */
    boolean owns(Interaction i);

    /** Routing chose {@code seat} for {@code i}: offered to it, or for a consult waiting for an agent, consulted. */
    void offer(Interaction i, AgentSeat seat, boolean consult, Instant now);

    /** The offer of {@code i} to {@code agentId} was not answered or was withdrawn: back to routing. */
    void offerReturned(Interaction i, String agentId, List<AgentNotice> notices);

    /** Time-driven rules of {@code i} (ring and consult timeouts, the privacy shield). */
    void tick(Interaction i, Instant now, List<AgentNotice> notices);

    /** The server stops while {@code i} is live for its customer: it ends as the customer's line drops. */
    void endByServerStop(Interaction i, Instant now);

    /** Waiting, offered or in progress for its customer; not ended with only a wrap-up left. */
    boolean liveForTheCustomer(Interaction i);
}
