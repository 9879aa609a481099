package org.switchboard.server.core.internal;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;

/**
 * A secure call variable's value, given to an agent who is on the call now (agent 1, or a consulted or
 * conference agent who accepted) and to nobody else. The value is returned, never kept, published
 * or written anywhere; the engine audits each reveal by name only. Event-loop confined.
 */
final class SecureReveal {

    private SecureReveal() {
    }

    static String value(Interaction i, String agentId, String name) {
        CadVariable v = i.cad.get(name);
        if (!v.definition().secure()) {
            throw new ServerRefusal(Reason.INVALID, name + " is not a secure variable: its value is in the interaction");
        }
        if (!(i instanceof VoiceInteraction call) || !onTheCall(call, agentId)) {
            throw new ActionRefusedException(Rule.NOT_CONNECTED, "a secure value is shown to an agent on the call only");
        }
        return v.value().reveal();
    }

    /** Connected to the call now: the agents who may edit its variables, and one consulted through an entry point. */
    private static boolean onTheCall(VoiceInteraction v, String agentId) {
        return v.call.refusalOf(agentId, CallAction.EDIT_CAD).map(r -> r == Rule.CONSULTED_AGENT_CANNOT_EDIT_CAD)
                .orElse(true) && !v.isDialing();
    }
}
