package org.switchboard.ui.internal.commands;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.switchboard.ui.session.AgentSession;

/** File &gt; Exit: asks when work is open, then closes the desktop, which logs the agent out. */
public class ExitHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, AgentSession session, IWorkbench workbench) {
        if (Leaving.mayClose(shell, session)) {
            workbench.close();
        }
    }
}
