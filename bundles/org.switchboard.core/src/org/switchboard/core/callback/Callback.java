package org.switchboard.core.callback;

import java.util.List;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.internal.Require;
import org.switchboard.core.offer.PopoverField;

/**
 * A courtesy or web callback. It reaches the agent as an inbound call request labelled "Callback";
 * once accepted the system rings the customer. Cancelling before the customer answers (web
 * callbacks, when the administrator enabled it) goes to wrap-up; no answer returns it to the queue.
 * Not thread-safe.
 */
public final class Callback {

    public static final String LABEL = "Callback";

    private final String id;
    private final CallbackType type;
    private final DialString customerNumber;
    private final String dnis;
    private final String queueName;
    private final boolean cancelEnabled;
    private CallbackState state = CallbackState.QUEUED;
    private String agentId;

    /** @param cancelEnabled the administrator's "end call for web callback" setting */
    public Callback(String id, CallbackType type, DialString customerNumber, String dnis, String queueName,
            boolean cancelEnabled) {
        this.id = Require.text(id, "callback id");
        this.type = Require.present(type, "callback type");
        this.customerNumber = Require.present(customerNumber, "customer number");
        this.dnis = Require.text(dnis, "DNIS");
        this.queueName = Require.text(queueName, "queue name");
        this.cancelEnabled = cancelEnabled;
    }

    public String id() {
        return id;
    }

    public CallbackType type() {
        return type;
    }

    public CallbackState state() {
        return state;
    }

    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** The contact-request popover: label, customer number, DNIS and the queue that routed it. */
    public List<PopoverField> popover() {
        return List.of(new PopoverField("Type", LABEL), new PopoverField("Phone Number", customerNumber.value()),
                new PopoverField("DNIS", dnis), new PopoverField("Queue Name", queueName));
    }

    /** Whether the contact card shows Cancel (instead of the Ringing status) now. */
    public boolean canCancel() {
        return cancelRefusal() == null;
    }

    private Rule cancelRefusal() {
        if (state != CallbackState.RINGING_CUSTOMER) {
            return state == CallbackState.CONNECTED ? Rule.CALLBACK_ALREADY_ANSWERED : Rule.NOT_ALLOWED_IN_STATE;
        }
        return type == CallbackType.WEB && cancelEnabled ? null : Rule.CALLBACK_CANCEL_NOT_ENABLED;
    }

    private void expect(CallbackState expected) {
        if (state != expected) {
            throw new ActionRefusedException(Rule.NOT_ALLOWED_IN_STATE, state + ", expected " + expected);
        }
    }

    public void offer(String agent) {
        Require.text(agent, "agent id");
        expect(CallbackState.QUEUED);
        agentId = agent;
        state = CallbackState.OFFERED;
    }

    /** The agent accepts; the system dials the customer. */
    public void accept(String agent) {
        expect(CallbackState.OFFERED);
        if (!Require.text(agent, "agent id").equals(agentId)) {
            throw new ActionRefusedException(Rule.NOT_RINGING, agent);
        }
        state = CallbackState.RINGING_CUSTOMER;
    }

    /** The agent did not take it (rejected or timed out): back to the queue. */
    public void notAccepted() {
        expect(CallbackState.OFFERED);
        agentId = null;
        state = CallbackState.QUEUED;
    }

    public void customerAnswered() {
        expect(CallbackState.RINGING_CUSTOMER);
        state = CallbackState.CONNECTED;
    }

    /** The customer did not answer: the callback returns to the queue. */
    public void customerDidNotAnswer() {
        expect(CallbackState.RINGING_CUSTOMER);
        agentId = null;
        state = CallbackState.QUEUED;
    }

    /** The agent cancels before the customer answers; the agent goes to wrap-up. */
    public void cancel(String agent) {
        Rule r = cancelRefusal();
        if (r != null) {
            throw new ActionRefusedException(r);
        }
        if (!Require.text(agent, "agent id").equals(agentId)) {
            throw new ActionRefusedException(Rule.NOT_A_PARTICIPANT, agent);
        }
        state = CallbackState.WRAP_UP;
    }

    public void release() {
        expect(CallbackState.CONNECTED);
        state = CallbackState.WRAP_UP;
    }

    public void wrapUpDone() {
        expect(CallbackState.WRAP_UP);
        state = CallbackState.DONE;
    }
}
