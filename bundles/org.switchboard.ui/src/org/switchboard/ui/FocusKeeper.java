package org.switchboard.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Disposes or hides a control without losing the keyboard focus. When the focused control goes with it (the
 * End button of a call that ended, say), GTK leaves the window with no focus at all and the
 * workbench's keys stop working until the agent clicks somewhere; the focus moves first to a
 * control that stays.
 */
public final class FocusKeeper {

    private FocusKeeper() {
    }

    public static void dispose(Control going, Control staying) {
        if (going.isDisposed()) {
            return;
        }
        if (within(going.getDisplay().getFocusControl(), going)) {
            focus(staying);
        }
        going.dispose();
    }

    /**
     * Moves the keyboard focus to {@code staying} if it is in {@code leaving}, which is about to be
     * hidden (the top control of a stack replaced, say): a hidden control keeps no focus either. While
     * a dialog has the focus, the window would hand it back to the hidden control once the dialog
     * closes: then it goes to {@code staying} as the window is activated again.
     */
    public static void moveOut(Control leaving, Control staying) {
        Display display = leaving.getDisplay();
        if (within(display.getFocusControl(), leaving)) {
            focus(staying);
            return;
        }
        Shell window = leaving.getShell();
        if (display.getActiveShell() == window) {
            return;
        }
        Listener back = new Listener() {
            @Override
            public void handleEvent(Event e) {
                window.removeListener(SWT.Activate, this);
                display.asyncExec(() -> {
                    Control now = display.getFocusControl();
                    if (now == null || !now.isVisible() || within(now, leaving)) {
                        focus(staying);
                    }
                });
            }
        };
        window.addListener(SWT.Activate, back);
    }

    private static boolean within(Control control, Control ancestor) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void focus(Control staying) {
        if (!staying.isDisposed() && !staying.setFocus()) {
            staying.forceFocus();
        }
    }
}
