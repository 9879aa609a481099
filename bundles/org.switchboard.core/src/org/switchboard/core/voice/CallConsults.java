package org.switchboard.core.voice;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.internal.Require;

/**
 * The consult line of a {@link Call}: agent 1 calls an agent, a queue, an entry point or a dial
 * number while the customer holds, and the consult is accepted, routed, left, or fails. The call
 * checks the rules before each of these; this class applies them.
 */
final class CallConsults {

    private final Call call;

    CallConsults(Call call) {
        this.call = call;
    }

    void consult(Target target, Instant now) {
        Require.present(target, "consult target");
        Require.present(now, "now");
        Party party = switch (target) {
            case Target.ToAgent a -> {
                if (a.agentId().equals(call.owner) || a.agentId().equals(call.customerId()) || call.isMember(a.agentId())) {
                    throw new ActionRefusedException(Rule.CANNOT_TARGET_PARTICIPANT, a.agentId());
                }
                if (a.state() != AgentState.READY && a.state() != AgentState.NOT_READY) {
                    throw new ActionRefusedException(Rule.CONSULT_TARGET_UNAVAILABLE, a.agentId() + " is " + a.state());
                }
                yield new Party(a.agentId(), true);
            }
            case Target.ToDialNumber d -> new Party(d.number().value(), false);
            case Target.ToQueue q -> null;
            case Target.ToEntryPoint e -> null;
        };
        call.consult = new ConsultLeg(target, party, now.plus(call.policy.consultTimeout()));
        if (call.phase == CallPhase.CONNECTED) {
            call.customerHeld = true;
            call.phase = CallPhase.CONSULT;
        }
    }

    Optional<String> waitingForAgent() {
        ConsultLeg consult = call.consult;
        if (call.phase == CallPhase.ENDED || consult == null || consult.party != null) {
            return Optional.empty();
        }
        return switch (consult.target) {
            case Target.ToQueue q -> Optional.of(q.queueId());
            case Target.ToEntryPoint e -> Optional.of(e.entryPointId());
            default -> Optional.empty();
        };
    }

    void route(String agentId) {
        Require.text(agentId, "agent id");
        if (call.consult == null || call.consult.party != null) {
            throw new ActionRefusedException(Rule.NO_CONSULT_REQUEST, "no consult waiting for routing");
        }
        if (agentId.equals(call.owner) || call.isMember(agentId)) {
            throw new ActionRefusedException(Rule.CANNOT_TARGET_PARTICIPANT, agentId);
        }
        call.consult.party = new Party(agentId, true);
    }

    /** The consult ends without the consulted party joining; agent 1 is told why. */
    void fail(Rule rule, String message) {
        boolean customerWasBack = call.consult.held;
        call.dropConsult();
        if (call.phase == CallPhase.CONSULT) {
            call.phase = CallPhase.CONNECTED;
            call.customerHeld = !customerWasBack;
        }
        call.notice(new CallNotice(call.owner, rule, message));
    }

    /** The consulted party leaves; agent 1 and the customer continue. */
    void exit() {
        call.dropConsult();
        if (call.phase == CallPhase.CONSULT) {
            call.customerHeld = false;
            call.phase = CallPhase.CONNECTED;
        }
    }
}
