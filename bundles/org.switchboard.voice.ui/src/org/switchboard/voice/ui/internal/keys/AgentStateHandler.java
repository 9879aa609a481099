package org.switchboard.voice.ui.internal.keys;


import org.switchboard.connector.AgentStateService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.ui.session.AgentSession;

/** Ready and Not Ready keys: the change the agent-state bar's buttons ask for. */
abstract class AgentStateHandler {

    /** While logged in; a change the agent cannot make now is the server's to refuse or keep pending. */
    static boolean loggedIn(AgentSession session) {
        return session.adapt(AgentStateService.class).map(s -> s.current().state() != AgentState.LOGGED_OUT)
                .orElse(false);
    }

    static void change(AgentSession session, AgentState state) {
        String reason = state == AgentState.NOT_READY ? firstReason(session) : null;
        session.adapt(AgentStateService.class).ifPresent(s -> s.changeState(state, reason));
    }

    /** The reason the agent-state bar offers first (by label), as its Not Ready button sends by default. */
    private static String firstReason(AgentSession session) {
        return session.notReadyReasons().stream().findFirst().map(ReasonCode::code).orElse(null);
    }
}
