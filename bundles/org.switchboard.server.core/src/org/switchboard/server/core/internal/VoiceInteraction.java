package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.core.callback.Callback;
import org.switchboard.core.callback.CallbackState;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallPhase;
import org.switchboard.server.core.Caller;

final class VoiceInteraction extends Interaction {

    /** Replaced by a fresh queued call when a callback's customer does not answer. */
    Call call;
    /** For a courtesy or web callback: the core's model of it, which the call's changes drive; else null. */
    Callback callback;
    /** A callback's dialled number and the name of the queue that routed it. */
    String dnis;
    String queueName;
    /** Agents whose wrap-up the timeout closed: the call's ledger still lists them, the agent is done. */
    final Set<String> wrapUpClosed = new HashSet<>();
    /** For a call the agent made to a chat's customer: that chat (the multimedia interaction's primary). */
    ChatInteraction chat;
    /** For an internal call: the calling agent, who sits in the customer's seat; otherwise null. */
    String internalCaller;
    /** For an internal call: the agent called. */
    String calledAgent;
    /** For an internal call: the caller hung up (rather than the called agent not answering). */
    boolean callerHungUp;
    /** The agent who last transferred the call (warm): told when the transferee refuses it. */
    String transferredBy;
    /** For an outbound call whose customer has not answered yet: when it was dialled; otherwise null. */
    Instant dialledAt;

    /** The supervisors listening, in the order they came, with their modes (see {@code SupervisedCallView}). */
    final Map<String, Supervision> supervisors = new LinkedHashMap<>();

    /** A supervisor on the call as the switch reports it. */
    record Supervision(String supervisorId, String name, String teamName, String mode) {
    }

    /** State of an outbound call ringing at the customer's. */
    static final String DIALING = "DIALING";

    boolean isDialing() {
        return dialledAt != null && call.phase() != CallPhase.ENDED;
    }

    boolean isInternalCaller(String agentId) {
        return internalCaller != null && internalCaller.equals(agentId);
    }

    VoiceInteraction(Call call, Caller caller, CadSet cad, Instant arrived) {
        super(call.id(), call.customerId(), caller, cad, arrived);
        this.call = call;
    }

    @Override
    Channel channel() {
        return Channel.VOICE;
    }

    @Override
    String queueId() {
        return call.queueId();
    }

    @Override
    String state() {
        if (callback != null && callback.state() == CallbackState.RINGING_CUSTOMER) {
            return CallbackState.RINGING_CUSTOMER.name();
        }
        if (isDialing()) {
            return DIALING;
        }
        return call.phase().name();
    }

    @Override
    boolean isQueued() {
        return call.phase() == CallPhase.QUEUED;
    }

    @Override
    boolean isOver() {
        return call.phase() == CallPhase.ENDED;
    }

    boolean owesWrapUp(String agentId) {
        return call.owesWrapUp(agentId) && !wrapUpClosed.contains(agentId);
    }

    @Override
    Set<String> agentsNamed() {
        Set<String> ids = new LinkedHashSet<>();
        if (call.phase() == CallPhase.ENDED) {
            // An ended call still names its agent 1: what is left for anyone is the wrap-up owed.
            for (String owing : call.pendingWrapUps()) {
                if (!wrapUpClosed.contains(owing)) {
                    ids.add(owing);
                }
            }
            return ids;
        }
        if (internalCaller != null) {
            ids.add(internalCaller);
        }
        call.offeredTo().ifPresent(ids::add);
        call.agent1().ifPresent(ids::add);
        call.consultedParty().ifPresent(ids::add);
        ids.addAll(call.conferenceMembers());
        call.transferee().ifPresent(ids::add);
        for (String owing : call.pendingWrapUps()) {
            if (!wrapUpClosed.contains(owing)) {
                ids.add(owing);
            }
        }
        return ids;
    }
}
