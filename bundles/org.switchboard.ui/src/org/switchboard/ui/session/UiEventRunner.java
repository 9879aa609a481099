package org.switchboard.ui.session;

import java.util.Objects;
import java.util.concurrent.Executor;

import org.eclipse.swt.widgets.Display;

/**
 * Runs connector events on the UI thread with {@link Display#asyncExec}, never waiting for it:
 * network threads hand over and go on. Work arriving after the display is disposed is dropped.
 */
public final class UiEventRunner implements Executor {

    private final Display display;

    public UiEventRunner(Display display) {
        this.display = Objects.requireNonNull(display, "display");
    }

    @Override
    public void execute(Runnable work) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    work.run();
                }
            });
        } catch (org.eclipse.swt.SWTException disposedMeanwhile) {
            // the workbench is closing: nobody is left to show the event
        }
    }
}
