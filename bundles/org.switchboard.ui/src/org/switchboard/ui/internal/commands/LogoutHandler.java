package org.switchboard.ui.internal.commands;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.session.AgentSession;

/** File &gt; Log out: ends the agent's session at the contact center; the desktop stays open. */
public class LogoutHandler {

    @CanExecute
    public boolean canExecute(AgentSession session) {
        return session.session().isPresent();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, AgentSession session) {
        Leaving.logout(shell, session);
    }
}
