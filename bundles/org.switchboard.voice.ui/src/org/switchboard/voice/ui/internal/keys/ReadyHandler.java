package org.switchboard.voice.ui.internal.keys;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.switchboard.core.agent.AgentState;
import org.switchboard.ui.session.AgentSession;

/** The Ready key: asks for READY as the agent-state bar does. */
public class ReadyHandler {

    @CanExecute
    public boolean canExecute(AgentSession session) {
        return AgentStateHandler.loggedIn(session);
    }

    @Execute
    public void execute(AgentSession session) {
        AgentStateHandler.change(session, AgentState.READY);
    }
}
