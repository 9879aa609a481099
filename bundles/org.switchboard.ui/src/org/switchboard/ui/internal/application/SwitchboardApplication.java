package org.switchboard.ui.internal.application;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the agent workbench and maps its exit code to the application's. SIGTERM closes the
 * workbench as the window's close button does, so the layout the agent arranged comes back at the
 * next start ({@link TerminationSignal}).
 */
public class SwitchboardApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        TerminationSignal.closeWorkbenchOnTerm(display);
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new SwitchboardWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
