package org.switchboard.server.core.internal;

import java.util.List;

import org.switchboard.core.wrapup.WrapUp;

/**
 * What came of a command a channel handler applied: the notices for agents it produced, a call
 * variable save that lost to an earlier one (the outcome is then a refusal naming the conflict),
 * and the wrap-up the agent applied, which the engine stores.
 */
record Handled(List<AgentNotice> notices, CadEdits.Conflict conflict, WrapUp wrapUp) {

    static final Handled DONE = new Handled(List.of(), null, null);

    static Handled notices(List<AgentNotice> notices) {
        return notices.isEmpty() ? DONE : new Handled(List.copyOf(notices), null, null);
    }

    static Handled conflict(CadEdits.Conflict conflict) {
        return conflict == null ? DONE : new Handled(List.of(), conflict, null);
    }

    static Handled wrappedUp(WrapUp wrapUp) {
        return new Handled(List.of(), null, wrapUp);
    }
}
