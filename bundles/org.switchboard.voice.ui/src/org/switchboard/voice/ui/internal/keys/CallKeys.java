package org.switchboard.voice.ui.internal.keys;

import java.util.List;
import java.util.Optional;

import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.Channel;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.session.AgentSession;

/**
 * What a call key does: the first of the agent's calls (in the server's order) on which the server
 * allows the action now. The session's view is read without blocking; the action is sent as the
 * panel's button sends it.
 */
final class CallKeys {

    private CallKeys() {
    }

    static Optional<InteractionInfo> callAllowing(AgentSession session, CallAction action) {
        return session.adapt(TelephonyService.class).flatMap(t -> t.interactions().stream()
                .filter(i -> i.channel() == Channel.VOICE && i.allowedActions().contains(action.name())).findFirst());
    }

    /** The first action of {@code actions} some call allows, performed on that call. */
    static boolean perform(AgentSession session, List<CallAction> actions) {
        for (CallAction action : actions) {
            Optional<InteractionInfo> call = callAllowing(session, action);
            Optional<TelephonyService> telephony = session.adapt(TelephonyService.class);
            if (call.isPresent() && telephony.isPresent()) {
                telephony.get().perform(call.get().id(), action);
                return true;
            }
        }
        return false;
    }

    static boolean allows(AgentSession session, List<CallAction> actions) {
        return actions.stream().anyMatch(a -> callAllowing(session, a).isPresent());
    }
}
