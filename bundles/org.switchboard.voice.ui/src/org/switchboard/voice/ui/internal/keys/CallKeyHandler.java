package org.switchboard.voice.ui.internal.keys;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.session.AgentSession;

/** A call key: the first of its actions the server allows on one of the agent's calls, taken on that call. */
abstract class CallKeyHandler {

    private final List<CallAction> actions;

    CallKeyHandler(CallAction... actions) {
        this.actions = List.of(actions);
    }

    @CanExecute
    public boolean canExecute(AgentSession session) {
        return CallKeys.allows(session, actions);
    }

    @Execute
    public void execute(AgentSession session) {
        CallKeys.perform(session, actions);
    }
}
