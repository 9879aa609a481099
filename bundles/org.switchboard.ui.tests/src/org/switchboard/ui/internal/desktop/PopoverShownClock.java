package org.switchboard.ui.internal.desktop;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WaitTimeoutException;

/**
 * The instant each popover card (a widget tagged {@code offer.<interaction>.card}) was first visible,
 * taken on the UI thread itself: a display filter sees a popover shell shown, resized or painted, and
 * a check queued right behind the work in progress (the UI thread finishes the event that builds the
 * card first) records the cards that are now visible in a visible shell. The test thread waits for
 * that record without touching the UI thread, so that measuring does not slow what is measured.
 */
final class PopoverShownClock implements AutoCloseable {

    private static final int[] EVENTS = { SWT.Show, SWT.Resize, SWT.Paint };

    private final Display display;
    private final Map<String, Long> shown = new ConcurrentHashMap<>();
    private final Listener filter = this::seen;
    /** UI-thread confined: a check is already queued. */
    private boolean checkQueued;

    PopoverShownClock(UiDriver driver) {
        this.display = driver.display();
        driver.onUi(() -> {
            for (int type : EVENTS) {
                display.addFilter(type, filter);
            }
        });
    }

    /** The {@link System#nanoTime()} at which the card tagged {@code id} was first visible; waits for it. */
    long awaitShown(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Long at = shown.get(id);
            if (at != null) {
                return at;
            }
            if (System.nanoTime() > deadline) {
                throw new WaitTimeoutException("Timed out after " + timeout.toMillis() + " ms waiting for " + id + " to show");
            }
            LockSupport.parkNanos(100_000);
        }
    }

    private void seen(Event e) {
        if (checkQueued || !(e.widget instanceof Control c) || c.isDisposed()) {
            return;
        }
        Shell shell = c.getShell();
        if (shell.getParent() == null) {
            return; // the workbench window itself, not a popover
        }
        checkQueued = true;
        display.asyncExec(() -> {
            checkQueued = false;
            if (!shell.isDisposed() && shell.isVisible()) {
                record(shell, System.nanoTime());
            }
        });
    }

    private void record(Control control, long now) {
        if (control.isDisposed() || !control.isVisible()) {
            return;
        }
        if (control.getData(UiDriver.ID_KEY) instanceof String id && id.startsWith("offer.") && id.endsWith(".card")) {
            shown.putIfAbsent(id, now);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                record(child, now);
            }
        }
    }

    @Override
    public void close() {
        if (!display.isDisposed()) {
            display.syncExec(() -> {
                for (int type : EVENTS) {
                    display.removeFilter(type, filter);
                }
            });
        }
    }
}
