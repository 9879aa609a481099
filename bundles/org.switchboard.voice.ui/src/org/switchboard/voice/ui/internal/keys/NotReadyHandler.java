package org.switchboard.voice.ui.internal.keys;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.switchboard.core.agent.AgentState;
import org.switchboard.ui.session.AgentSession;

/** The NotReady key: asks for NOT_READY as the agent-state bar does. */
public class NotReadyHandler {

    @CanExecute
    public boolean canExecute(AgentSession session) {
        return AgentStateHandler.loggedIn(session);
    }

    @Execute
    public void execute(AgentSession session) {
        AgentStateHandler.change(session, AgentState.NOT_READY);
    }
}
