package org.switchboard.ui.internal.desktop;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WaitTimeoutException;

/**
 * The instant each popover card (a widget tagged {@code offer.<interaction>.card}) was first painted
 * at its full size, taken on the UI thread itself: a display filter sees every Paint event, and the
 * first one drawing the card (or a control in it) while the card and its Accept button have their
 * laid-out size is the moment the agent can see the offer. A shell shown with its card not laid out
 * (an empty window) never counts. The test thread waits for that record without touching the UI
 * thread, so that measuring does not slow what is measured.
 */
final class PopoverPaintedClock implements AutoCloseable {

    private final Display display;
    private final Map<String, Long> painted = new ConcurrentHashMap<>();
    private final Listener filter = this::seen;

    PopoverPaintedClock(UiDriver driver) {
        this.display = driver.display();
        driver.onUi(() -> display.addFilter(SWT.Paint, filter));
    }

    /** The {@link System#nanoTime()} at which the card tagged {@code id} was first painted; waits for it. */
    long awaitPainted(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Long at = painted.get(id);
            if (at != null) {
                return at;
            }
            if (System.nanoTime() > deadline) {
                throw new WaitTimeoutException("Timed out after " + timeout.toMillis() + " ms waiting for " + id
                        + " to be painted");
            }
            LockSupport.parkNanos(100_000);
        }
    }

    private void seen(Event e) {
        long now = System.nanoTime();
        if (!(e.widget instanceof Control c) || c.isDisposed() || c.getShell().getParent() == null) {
            return;
        }
        for (Control at = c; at != null; at = at.getParent()) {
            if (at.getData(UiDriver.ID_KEY) instanceof String id && id.startsWith("offer.") && id.endsWith(".card")) {
                if (laidOut(at) && laidOut(c) && e.width > 1 && e.height > 1) {
                    painted.putIfAbsent(id, now);
                }
                return;
            }
        }
    }

    private static boolean laidOut(Control c) {
        return c.getSize().x > 1 && c.getSize().y > 1;
    }

    @Override
    public void close() {
        if (!display.isDisposed()) {
            display.syncExec(() -> display.removeFilter(SWT.Paint, filter));
        }
    }
}
