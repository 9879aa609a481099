package org.switchboard.ui.internal.application;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Turns SIGTERM (logout, shutdown, {@code kill}) into the workbench's own close, as if the agent had
 * closed the window: the layout is saved and the application ends normally. A JVM shutdown hook
 * would run while the process is already exiting, when the workbench can no longer close in order.
 */
final class TerminationSignal {

    private TerminationSignal() {
    }

    /** Installs the handler; where the JVM offers no signal handling the default (immediate exit) stays. */
    static void closeWorkbenchOnTerm(Display display) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> close(display));
        } catch (LinkageError | IllegalArgumentException unavailable) {
            // no sun.misc in this runtime, or TERM is reserved: SIGTERM ends the process at once
        }
    }

    private static void close(Display display) {
        if (display.isDisposed() || !PlatformUI.isWorkbenchRunning()) {
            Runtime.getRuntime().exit(143);
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        display.asyncExec(() -> {
            if (!workbench.isClosing() && !workbench.close()) {
                // a part vetoed the close: the agent is still at work, so the process ends as asked
                Runtime.getRuntime().exit(143);
            }
        });
    }
}
