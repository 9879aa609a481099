package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.StoredInteraction;

/**
 * Courtesy and web callbacks: a request arrives and waits in a voice queue as a call does; the
 * agent's answer dials the customer, who answers or not; agent 1 may cancel a web callback while its
 * customer is being dialled. Routing, ringing, talking and wrap-up are the call's ({@link VoiceHandler}).
 */
final class CallbackHandler implements ChannelHandler {

    private final CenterState state;
    private final Callbacks callbacks;
    private final VoiceHandler voice;

    CallbackHandler(CenterState state, VoiceHandler voice) {
        this.state = state;
        this.callbacks = new Callbacks(state.config);
        this.voice = voice;
    }

    @Override
    public boolean takes(Interaction i, String action) {
        return Callbacks.CANCEL.equals(action);
    }

    @Override
    public boolean owns(Interaction i) {
        return i instanceof VoiceInteraction v && v.callback != null;
    }

    @Override
    public ParsedCommand parse(Interaction i, ActionCommand command) {
        if (!owns(i)) {
            throw new ServerRefusal(Reason.INVALID, "CANCEL is an action of a callback");
        }
        return new ParsedCommand.CancelCallback();
    }

    /** Agent 1 cancels a web callback while its customer is being dialled: the call ends, wrap-up follows. */
    @Override
    public Handled apply(Interaction i, AgentSeat seat, ParsedCommand command, Instant now) {
        VoiceInteraction v = (VoiceInteraction) i;
        Set<String> before = state.involved(v);
        v.callback.cancel(seat.id());
        v.call.release(seat.id());
        state.callSync.sync(v, before, now);
        v.call.drainNotices();
        return Handled.DONE;
    }

    // A callback is a call from its offer on: the voice handler's rules apply.

    @Override
    public void offer(Interaction i, AgentSeat seat, boolean consult, Instant now) {
        voice.offer(i, seat, consult, now);
    }

    @Override
    public void offerReturned(Interaction i, String agentId, List<AgentNotice> notices) {
        voice.offerReturned(i, agentId, notices);
    }

    @Override
    public void tick(Interaction i, Instant now, List<AgentNotice> notices) {
        voice.tick(i, now, notices);
    }

    @Override
    public boolean liveForTheCustomer(Interaction i) {
        return voice.liveForTheCustomer(i);
    }

    @Override
    public void endByServerStop(Interaction i, Instant now) {
        voice.endByServerStop(i, now);
    }

    /** A callback request arrives in a voice queue; returns its id. */
    String arrive(String queueId, String type, String customerName, String customerNumber, String dnis, Instant now) {
        QueueConfig queue = state.config.queueFor(queueId)
                .orElseThrow(() -> new ServerRefusal(Reason.NOT_FOUND, "no queue or entry point " + queueId));
        if (queue.channel() != Channel.VOICE) {
            throw new ServerRefusal(Reason.INVALID, "queue " + queue.id() + " does not take callbacks");
        }
        long n = state.peekNumber();
        String id = "i-" + n;
        String customer = "c-" + n;
        VoiceInteraction v = callbacks.create(id, customer, queueId, queue, type,
                new Caller(customerName, customerNumber), dnis, state.cadSet(Map.of()), now);
        state.takeNumber();
        state.interactions.put(id, v);
        state.store.interactionArrived(new StoredInteraction(n, id, Channel.VOICE.name(), queueId, customer,
                v.caller.name(), v.caller.number(), now, List.of(), v.callback.type().name(), v.dnis));
        state.storeState(v, now);
        return id;
    }

    /** The customer picks up the callback the agent's answer dialled. */
    void answered(VoiceInteraction v) {
        v.callback.customerAnswered();
    }

    /** The customer does not pick up: a fresh call waits in the same queue; the agent is free again. */
    void missed(VoiceInteraction v, Instant now) {
        String agentId = v.call.agent1().orElse(null);
        Set<String> before = state.involved(v);
        Callbacks.requeue(v, state.config);
        state.storeState(v, now);
        state.callSync.sync(v, before, now);
        if (agentId != null) {
            AgentSeat seat = state.seats.get(agentId);
            // The agent worked until now: routing must not take it for the longest idle.
            seat.idleSince = now;
            seat.emit(EventTypes.NOTICE, null, new Notice(v.id, null,
                    "The customer did not answer the callback; it returned to its queue."));
        }
    }
}
