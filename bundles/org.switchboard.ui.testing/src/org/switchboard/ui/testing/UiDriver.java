package org.switchboard.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives a running SWT application from a test thread, in the manner of SWTBot: widgets are found
 * by the id stored under {@link #ID_KEY}, every widget access runs on the UI thread, and every
 * expectation is a wait with a timeout rather than a sleep.
 */
public final class UiDriver {

    /** Same key as {@code org.switchboard.ui.WidgetIds.KEY}; kept literal so tests need only SWT. */
    public static final String ID_KEY = "org.switchboard.widget.id";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 20;

    private final Display display;
    private final Duration timeout;

    public UiDriver(Display display) {
        this(display, DEFAULT_TIMEOUT);
    }

    public UiDriver(Display display, Duration timeout) {
        this.display = display;
        this.timeout = timeout;
    }

    /** The driver for the application's default display, which must already exist. */
    public static UiDriver forDefaultDisplay() {
        Display display = Display.findDisplay(findUiThread());
        if (display == null) {
            throw new IllegalStateException("No SWT display is running");
        }
        return new UiDriver(display);
    }

    private static Thread findUiThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (Display.findDisplay(thread) != null) {
                return thread;
            }
        }
        throw new IllegalStateException("No thread owns an SWT display");
    }

    public Display display() {
        return display;
    }

    /** Runs {@code work} on the UI thread and returns its result; exceptions are rethrown here. */
    public <T> T onUi(Supplier<T> work) {
        if (display.getThread() == Thread.currentThread()) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    public void onUi(Runnable work) {
        onUi(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code condition}, evaluated on the UI thread, holds. */
    public void waitUntil(String description, BooleanSupplier condition) {
        waitUntil(description, condition, timeout);
    }

    public void waitUntil(String description, BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            boolean met;
            try {
                met = onUi(condition::getAsBoolean);
            } catch (SWTException e) {
                met = false;
            }
            if (met) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new WaitTimeoutException("Timed out after " + limit.toMillis() + " ms waiting for " + description);
            }
            pause();
        }
    }

    /** Waits for a widget tagged {@code id} in any open shell and returns a handle on it. */
    public WidgetHandle find(String id) {
        AtomicReference<Widget> found = new AtomicReference<>();
        waitUntil("a widget with id '" + id + "'", () -> {
            found.set(lookup(id).orElse(null));
            return found.get() != null;
        });
        return new WidgetHandle(this, found.get(), id);
    }

    /**
     * Waits until the label tagged {@code id} reads {@code expected}, looking it up afresh each time:
     * a view may replace the label meanwhile (a popover drawn again when a name becomes known).
     */
    public void waitForLabelText(String id, String expected) {
        waitUntil("a label with id '" + id + "' to read \"" + expected + "\"",
                () -> lookup(id).filter(org.eclipse.swt.widgets.Label.class::isInstance)
                        .map(w -> ((org.eclipse.swt.widgets.Label) w).getText()).filter(expected::equals).isPresent());
    }

    /** Waits until no widget tagged {@code id} is left in any open shell. */
    public void waitUntilGone(String id) {
        waitUntil("the widget '" + id + "' to go away", () -> lookup(id).isEmpty());
    }

    /** Whether a widget tagged {@code id} exists right now, without waiting. */
    public boolean exists(String id) {
        return onUi(() -> lookup(id).isPresent());
    }

    /** The widget tagged {@code id} now, if any; on the UI thread. */
    Optional<Widget> lookup(String id) {
        for (Shell shell : display.getShells()) {
            Optional<Widget> hit = search(shell, id);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static Optional<Widget> search(Control control, String id) {
        if (control.isDisposed()) {
            return Optional.empty();
        }
        if (id.equals(control.getData(ID_KEY))) {
            return Optional.of(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<Widget> hit = search(child, id);
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    /** The texts of every tab (view, editor or folder tab) in the open shells, in layout order. */
    public List<String> tabTitles() {
        return onUi(() -> {
            List<String> titles = new ArrayList<>();
            for (Shell shell : display.getShells()) {
                collectTabs(shell, titles);
            }
            return titles;
        });
    }

    private static void collectTabs(Control control, List<String> titles) {
        if (control.isDisposed()) {
            return;
        }
        if (control instanceof CTabFolder folder && folder.isVisible()) {
            for (CTabItem item : folder.getItems()) {
                titles.add(item.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, titles);
            }
        }
    }

    /** The titles of the shells now open, for failure messages. */
    public List<String> shellTitles() {
        return onUi(() -> {
            List<String> titles = new ArrayList<>();
            for (Shell shell : display.getShells()) {
                titles.add(shell.getText());
            }
            return titles;
        });
    }

    /** Writes what the screen shows now as a PNG, creating folders as needed. */
    public Path captureScreen(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create " + file.getParent(), e);
        }
        onUi(() -> {
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }

    /** Lets the UI thread handle everything queued so far. */
    public void flush() {
        onUi(() -> {
            while (display.readAndDispatch()) {
                // drain
            }
        });
    }

    private static void pause() {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new WaitTimeoutException("Interrupted while waiting");
        }
    }
}
