package org.switchboard.calendar.ui.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.session.AgentSession;

/** Starts the follow-up reminders of the workbench window once the workbench runs, Calendar view open or not. */
public final class RemindersStartup implements IStartup {

    static final String VIEW_ID = "org.switchboard.calendar.ui.view";
    private static final System.Logger LOG = System.getLogger(RemindersStartup.class.getName());

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
            AgentSession session = workbench.getService(AgentSession.class);
            IEclipseContext context = workbench.getService(IEclipseContext.class);
            if (windows.length == 0 || session == null || context == null) {
                LOG.log(System.Logger.Level.WARNING, "no workbench window or agent session: no follow-up reminders");
                return;
            }
            IWorkbenchWindow window = windows[0];
            // the workbench's one announcer (a singleton of the injector), as the agent-state bar has it
            Announcer announcer = ContextInjectionFactory.make(Announcer.class, context);
            new Reminders(window.getShell(), session, announcer, () -> {
                try {
                    if (window.getActivePage() != null) {
                        window.getActivePage().showView(VIEW_ID);
                    }
                } catch (PartInitException e) {
                    LOG.log(System.Logger.Level.WARNING, "the Calendar view could not be shown", e);
                }
            });
        });
    }
}
