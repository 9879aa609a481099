package org.switchboard.ui;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.switchboard.ui.session.AgentSession;

/**
 * What a view's bundle starts for the workbench window once the workbench runs (from an
 * {@code org.eclipse.ui.startup} extension), so that it works whether or not its view was ever
 * opened: offers of a channel, reminders.
 */
public final class WindowStartup {

    private static final System.Logger LOG = System.getLogger(WindowStartup.class.getName());

    /** Starts what needs the workbench window and the agent session. */
    @FunctionalInterface
    public interface Start {
        void start(IWorkbenchWindow window, AgentSession session);
    }

    private WindowStartup() {
    }

    /** Runs {@code start} on the UI thread once the workbench runs; {@code what} names it in the log when it cannot. */
    public static void whenRunning(String what, Start start) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
            AgentSession session = workbench.getService(AgentSession.class);
            if (windows.length == 0 || session == null) {
                LOG.log(System.Logger.Level.WARNING, "no workbench window or agent session: " + what);
                return;
            }
            start.start(windows[0], session);
        });
    }

    /** The workbench's one announcer (a singleton of the injector), as the agent-state bar has it. Call on the UI thread. */
    public static Announcer announcer() {
        return ContextInjectionFactory.make(Announcer.class, PlatformUI.getWorkbench().getService(IEclipseContext.class));
    }

    /** Brings the view forward in the window's page, opening it if needed. */
    public static Runnable showingView(IWorkbenchWindow window, String viewId) {
        return () -> {
            try {
                if (window.getActivePage() != null) {
                    window.getActivePage().showView(viewId);
                }
            } catch (PartInitException e) {
                LOG.log(System.Logger.Level.WARNING, "the view " + viewId + " could not be shown", e);
            }
        };
    }
}
