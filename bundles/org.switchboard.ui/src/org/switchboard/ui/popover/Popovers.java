package org.switchboard.ui.popover;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.Accessibility;

/**
 * Popovers: small non-modal shells that sit at the bottom right of the workbench window, above its
 * status line, and never take the window's keyboard focus away by themselves.
 */
public final class Popovers {

    /** Space between the popover and the window's right and bottom edges. */
    public static final int MARGIN = 16;
    /** The narrowest popover. */
    public static final int MIN_WIDTH = 320;
    /** Room left for the status line. */
    public static final int STATUS_ROOM = 28;
    /** Long enough for GTK to have raised the window it gave the focus to. */
    private static final int RAISE_AFTER_MILLIS = 50;
    /** Where a popover was asked to stand ({@code int[] { stackedAbove, leftOf }}), kept for placing it again. */
    private static final String PLACE = "switchboard.popover.place";

    private Popovers() {
    }

    /**
     * A new popover shell over {@code window}: no title bar, a border, on top of its window, and an
     * alert for screen readers, so that its text is read out when it shows.
     */
    public static Shell create(Shell window) {
        Shell popover = Accessibility.alert(new Shell(window, SWT.ON_TOP | SWT.TOOL | SWT.BORDER | SWT.MODELESS));
        popover.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = popover.getText();
            }
        });
        keepAbove(popover);
        return popover;
    }

    /**
     * Raises the popover again a moment after any other shell of the application is hidden or closed.
     * Without a window manager GTK raises the window it hands the focus to when a shell that had it
     * goes (the login dialog, the RONA popover, a wrap-up dialog), which buried an offer shown just
     * before under the workbench: it rang out unseen. Not on a shell's activation: under a window
     * manager a popover raised then took the focus from the workbench, and the accept key with it.
     */
    private static void keepAbove(Shell popover) {
        Display display = popover.getDisplay();
        Runnable raise = () -> {
            if (!popover.isDisposed() && popover.isVisible()) {
                popover.moveAbove(null);
            }
        };
        Listener other = e -> {
            if (!(e.widget instanceof Shell shell) || shell == popover) {
                return;
            }
            if (e.type == SWT.Show) {
                // a popover shown later in the same column would cover one placed above the others
                if (shell.getData(PLACE) != null && popover.getData(PLACE) instanceof int[] at && popover.isVisible()
                        && popover.getParent() instanceof Shell window) {
                    display.asyncExec(() -> {
                        if (!popover.isDisposed() && !window.isDisposed()) {
                            place(popover, window, at[0], at[1]);
                        }
                    });
                }
                return;
            }
            display.timerExec(RAISE_AFTER_MILLIS, raise);
        };
        int[] events = { SWT.Show, SWT.Hide, SWT.Dispose };
        for (int event : events) {
            display.addFilter(event, other);
        }
        popover.addListener(SWT.Dispose, e -> {
            for (int event : events) {
                display.removeFilter(event, other);
            }
        });
    }

    /**
     * Marks the composite holding a card's title as the card's heading, in the theme's selection colours,
     * so that a request stands out from the views under it in any theme, dark ones included.
     */
    public static void heading(Composite band) {
        Display display = band.getDisplay();
        band.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
        band.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
        band.setBackgroundMode(SWT.INHERIT_FORCE);
        for (Control c : band.getChildren()) {
            c.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
        }
    }

    /**
     * Sizes the popover to its content, places it at the window's bottom right ({@code stackedAbove}
     * px higher, {@code leftOf} px further left), lays its content out and shows it above every other
     * window of the application.
     */
    public static void show(Shell popover, Shell window, int stackedAbove, int leftOf) {
        popover.setData(PLACE, new int[] { stackedAbove, leftOf });
        place(popover, window, stackedAbove, leftOf);
        // Content rebuilt into a popover of unchanged size gets no resize, hence no layout: its new
        // children would keep a zero size and the agent would see an empty window.
        popover.layout(true, true);
        // A shown-again popover keeps its old place in the stacking order, which may be under the
        // workbench window where no window manager raises it.
        popover.moveAbove(null);
        popover.setVisible(true);
        popover.moveAbove(null);
    }

    /**
     * Calls the agent back to the desktop when its window does not have the focus: a sound, and a
     * notification on the desktop where one can be shown ({@code notify-send}, started off the UI thread).
     */
    public static void alertIfAway(Shell window, String title, String text) {
        Shell active = window.getDisplay().getActiveShell();
        boolean away = active == null || (active != window && active.getParent() != window);
        if (!away) {
            return;
        }
        window.getDisplay().beep();
        Thread.ofVirtual().name("switchboard-notification").start(() -> DesktopNotification.show(title, text));
    }

    /** The width a popover takes on screen: its content's, at least {@value #MIN_WIDTH} px. */
    public static int width(Shell popover) {
        return Math.max(popover.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, MIN_WIDTH);
    }

    private static void place(Shell popover, Shell window, int stackedAbove, int leftOf) {
        placeBottomRight(popover, window, stackedAbove);
        if (leftOf != 0) {
            Point at = popover.getLocation();
            if (at.x - leftOf >= window.getBounds().x) {
                popover.setLocation(at.x - leftOf, at.y);
            } else {
                popover.setLocation(at.x, above(popover, window, at));
            }
        }
    }

    /**
     * Where a popover goes in a window too narrow to stand it left of the others: above the popovers
     * already shown in its column, rather than off the window's left edge where no one sees it.
     */
    private static int above(Shell popover, Shell window, Point at) {
        Rectangle column = new Rectangle(at.x, window.getBounds().y, popover.getSize().x, window.getBounds().height);
        int y = at.y;
        for (Shell other : window.getShells()) {
            if (other != popover && other.isVisible() && (other.getStyle() & SWT.ON_TOP) != 0
                    && other.getBounds().intersects(column)) {
                y = Math.min(y, other.getBounds().y - popover.getSize().y - MARGIN);
            }
        }
        return Math.max(window.getBounds().y, y);
    }

    private static void placeBottomRight(Shell popover, Shell window, int stackedAbove) {
        Point size = popover.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        size.x = Math.max(size.x, MIN_WIDTH);
        Rectangle area = window.getBounds();
        int x = area.x + area.width - size.x - MARGIN;
        int y = area.y + area.height - size.y - MARGIN - STATUS_ROOM - stackedAbove;
        popover.setBounds(x, Math.max(area.y, y), size.x, size.y);
    }
}
