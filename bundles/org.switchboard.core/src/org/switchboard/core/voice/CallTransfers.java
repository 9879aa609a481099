package org.switchboard.core.voice;

import java.time.Instant;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.internal.Require;

/**
 * Where a {@link Call} moves between agents: warm and blind transfers, and the conference agent 1
 * opens with the consulted party. The call checks the rules before each; this class applies them.
 */
final class CallTransfers {

    private final Call call;

    CallTransfers(Call call) {
        this.call = call;
    }

    void transfer(String toParty) {
        Party to;
        if (call.phase == CallPhase.CONSULT) {
            to = call.consult.party;
            if (toParty != null && !to.id().equals(toParty)) {
                throw new ActionRefusedException(Rule.NOT_A_PARTICIPANT, toParty);
            }
        } else {
            to = member(toParty);
        }
        call.wrapUps.owe(call.owner);
        call.muted.remove(call.owner);
        call.owner = null;
        call.customerHeld = false;
        if (!to.isAgent()) {
            call.end(false);
            return;
        }
        if (call.consult != null) {
            call.consult = null;
        }
        call.members.remove(to);
        call.transferee = to;
        call.phase = CallPhase.TRANSFER_OFFERED;
    }

    private Party member(String toParty) {
        if (toParty == null) {
            if (call.members.size() != 1) {
                throw new ActionRefusedException(Rule.MISSING_VALUE, "which conference member to transfer to");
            }
            return call.members.get(0);
        }
        for (Party p : call.members) {
            if (p.id().equals(toParty)) {
                return p;
            }
        }
        throw new ActionRefusedException(Rule.NOT_IN_CONFERENCE, toParty);
    }

    void acceptTransfer() {
        call.owner = call.transferee.id();
        call.consultedAgents.remove(call.owner);
        call.transferee = null;
        call.phase = call.members.isEmpty() ? CallPhase.CONNECTED : CallPhase.CONFERENCE;
    }

    void blindTransfer(Target target, Instant now) {
        Require.present(target, "transfer target");
        Require.present(now, "now");
        if (target instanceof Target.ToAgent a) {
            if (a.agentId().equals(call.owner) || a.agentId().equals(call.customerId())) {
                throw new ActionRefusedException(Rule.CANNOT_TARGET_PARTICIPANT, a.agentId());
            }
            if (a.state() == AgentState.WRAP_UP) {
                throw new ActionRefusedException(Rule.TRANSFER_TARGET_IN_WRAP_UP, a.agentId());
            }
            if (a.state() != AgentState.READY) {
                throw new ActionRefusedException(Rule.TRANSFER_TARGET_NOT_READY, a.agentId() + " is " + a.state());
            }
        }
        String from = call.owner;
        call.wrapUps.owe(from);
        call.muted.clear();
        call.owner = null;
        call.customerHeld = false;
        switch (target) {
            case Target.ToAgent a -> call.ring(a.agentId(), now, true);
            case Target.ToQueue q -> call.requeue(q.queueId());
            case Target.ToEntryPoint e -> {
                call.noRouteBack.add(from);
                call.requeue(e.entryPointId());
            }
            case Target.ToDialNumber d -> call.end(false);
        }
    }

    void conference() {
        call.members.add(call.consult.party);
        call.consult = null;
        call.customerHeld = false;
        call.phase = CallPhase.CONFERENCE;
    }

    void exitConference(String actor) {
        call.members.removeIf(p -> p.id().equals(actor));
        call.muted.remove(actor);
        if (actor != null) {
            call.consultedAgents.add(actor);
        }
        if (call.members.isEmpty() && call.consult == null) {
            if (call.phase == CallPhase.CUSTOMER_LEFT_CONFERENCE) {
                call.end(false);
            } else {
                call.phase = CallPhase.CONNECTED;
            }
        }
    }
}
