package org.switchboard.core.agent;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/**
 * Administrator settings an {@link Agent} runs under.
 *
 * @param capacity           interactions per channel
 * @param offerTimeout       how long an offer rings before it returns to its queue (RONA)
 * @param wrapUpTimeout      optional limit on after-call work
 * @param afterWrapUpTimeout where a timed-out wrap-up sends the agent: READY or NOT_READY
 * @param notReadyReasons    the reason codes an agent may pick
 */
public record AgentPolicy(Capacity capacity, Duration offerTimeout, Optional<Duration> wrapUpTimeout,
        AgentState afterWrapUpTimeout, Set<ReasonCode> notReadyReasons) {

    public AgentPolicy {
        Require.present(capacity, "capacity");
        Require.present(offerTimeout, "offer timeout");
        Require.present(wrapUpTimeout, "wrap-up timeout");
        Require.present(afterWrapUpTimeout, "state after wrap-up timeout");
        notReadyReasons = Set.copyOf(Require.present(notReadyReasons, "not-ready reasons"));
        if (offerTimeout.isNegative() || offerTimeout.isZero()
                || wrapUpTimeout.map(d -> d.isNegative() || d.isZero()).orElse(false)) {
            throw new ActionRefusedException(Rule.INVALID_TIMEOUT);
        }
        if (afterWrapUpTimeout != AgentState.READY && afterWrapUpTimeout != AgentState.NOT_READY) {
            throw new ActionRefusedException(Rule.INVALID_TIMEOUT, "after wrap-up timeout: " + afterWrapUpTimeout);
        }
    }

    public static AgentPolicy defaults() {
        return new AgentPolicy(Capacity.defaults(), Duration.ofSeconds(20), Optional.empty(), AgentState.READY,
                Set.of(new ReasonCode("break", "Break"), new ReasonCode("lunch", "Lunch"),
                        new ReasonCode("meeting", "Meeting")));
    }

    public AgentPolicy withCapacity(Capacity c) {
        return new AgentPolicy(c, offerTimeout, wrapUpTimeout, afterWrapUpTimeout, notReadyReasons);
    }

    public AgentPolicy withOfferTimeout(Duration d) {
        return new AgentPolicy(capacity, d, wrapUpTimeout, afterWrapUpTimeout, notReadyReasons);
    }

    public AgentPolicy withWrapUpTimeout(Duration d, AgentState then) {
        return new AgentPolicy(capacity, offerTimeout, Optional.of(Require.present(d, "wrap-up timeout")), then,
                notReadyReasons);
    }

    boolean knows(ReasonCode reason) {
        return reason.equals(ReasonCode.AFTER_LOGIN) || reason.equals(ReasonCode.WRAP_UP_TIMEOUT)
                || reason.equals(ReasonCode.DISCONNECTED) || notReadyReasons.contains(reason);
    }
}
