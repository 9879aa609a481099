package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.Locale;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.callback.Callback;
import org.switchboard.core.callback.CallbackState;
import org.switchboard.core.callback.CallbackType;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallPhase;
import org.switchboard.server.core.CallbackView;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;

/**
 * Courtesy and web callbacks on top of a queued call: the call carries routing, ringing at the agent,
 * the connected conversation and the wrap-up; the core's {@link Callback} follows it and adds what a
 * callback has besides (the customer being dialled after the agent answers, cancel, no answer).
 * Event-loop confined.
 */
final class Callbacks {

    /** The agent cancels a web callback before the customer answers. */
    static final String CANCEL = "CANCEL";
    static final int MAX_DNIS = 32;

    private final ServerConfig config;

    Callbacks(ServerConfig config) {
        this.config = config;
    }

    VoiceInteraction create(String id, String customerId, String queueId, QueueConfig queue, String type,
            Caller caller, String dnis, CadSet cad, Instant now) {
        CallbackType kind;
        try {
            kind = CallbackType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ServerRefusal(Reason.INVALID, Rule.MISSING_VALUE, "type must be COURTESY or WEB");
        }
        if (dnis == null || dnis.isBlank() || dnis.length() > MAX_DNIS) {
            throw new ServerRefusal(Reason.INVALID, Rule.MISSING_VALUE, "dnis: 1 to " + MAX_DNIS + " characters");
        }
        DialString number;
        try {
            number = DialString.parse(caller.number() == null ? "" : caller.number());
            DialString.parse(dnis);
        } catch (ActionRefusedException e) {
            throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
        }
        VoiceInteraction v = new VoiceInteraction(Call.queued(id, customerId, queueId, config.callPolicy()),
                new Caller(caller.name(), number.value()), cad, now);
        v.callback = new Callback(id, kind, number, dnis.strip(), queue.name(), config.endCallForWebCallback());
        v.dnis = dnis.strip();
        v.queueName = queue.name();
        return v;
    }

    /**
     * Brings the callback along after its call changed: offered to an agent, turned down or not answered
     * in time, answered (the customer is dialled), ended, wrapped up.
     */
    static void follow(VoiceInteraction v) {
        Callback cb = v.callback;
        if (cb == null) {
            return;
        }
        Call call = v.call;
        CallPhase phase = call.phase();
        if (cb.state() == CallbackState.OFFERED
                && !(phase == CallPhase.OFFERED && call.offeredTo().equals(cb.agentId()))
                && !(phase == CallPhase.CONNECTED && call.agent1().equals(cb.agentId()))) {
            cb.notAccepted();
        }
        switch (cb.state()) {
            case QUEUED -> {
                if (phase == CallPhase.OFFERED) {
                    cb.offer(call.offeredTo().orElseThrow());
                }
            }
            case OFFERED -> {
                if (phase == CallPhase.CONNECTED) {
                    cb.accept(call.agent1().orElseThrow());
                }
            }
            case CONNECTED -> {
                if (phase == CallPhase.ENDED) {
                    cb.release();
                }
            }
            case WRAP_UP -> {
                if (phase == CallPhase.ENDED && call.pendingWrapUps().isEmpty()) {
                    cb.wrapUpDone();
                }
            }
            default -> {
            }
        }
    }

    /** While the customer is being dialled only Cancel (when enabled) is possible. */
    static boolean ringingCustomer(VoiceInteraction v) {
        return v.callback != null && v.callback.state() == CallbackState.RINGING_CUSTOMER;
    }

    /** Refuses a call action while the customer is being dialled, naming the rule. */
    static void requireCustomerOnTheLine(VoiceInteraction v, String action) {
        if (ringingCustomer(v)) {
            throw new ActionRefusedException(Rule.NOT_ALLOWED_IN_STATE,
                    action + ": the customer has not answered the callback yet");
        }
    }

    static CallbackView view(VoiceInteraction v) {
        Callback cb = v.callback;
        return cb == null ? null : new CallbackView(cb.type().name(), v.caller.number(), v.dnis, v.queueName,
                cb.state().name(), cb.canCancel());
    }

    /** The customer of a callback being dialled does not answer: a fresh call waits in the same queue. */
    static void requeue(VoiceInteraction v, ServerConfig config) {
        v.callback.customerDidNotAnswer();
        v.call = Call.queued(v.id, v.customerId, v.call.queueId(), config.callPolicy());
    }
}
