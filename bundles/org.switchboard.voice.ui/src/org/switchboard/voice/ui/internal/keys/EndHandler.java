package org.switchboard.voice.ui.internal.keys;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.session.AgentSession;

/** The key that ends the call, when the server allows it. */
public class EndHandler {

    private static final List<CallAction> ACTIONS = List.of(CallAction.RELEASE);

    @CanExecute
    public boolean canExecute(AgentSession session) {
        return CallKeys.allows(session, ACTIONS);
    }

    @Execute
    public void execute(AgentSession session) {
        CallKeys.perform(session, ACTIONS);
    }
}
