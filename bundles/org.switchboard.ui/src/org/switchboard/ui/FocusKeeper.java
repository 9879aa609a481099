package org.switchboard.ui;

import org.eclipse.swt.widgets.Control;

/**
 * Disposes a control without losing the keyboard focus. When the focused control goes with it (the
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
        Control focus = going.getDisplay().getFocusControl();
        for (Control c = focus; c != null; c = c.getParent()) {
            if (c == going) {
                if (!staying.isDisposed() && !staying.setFocus()) {
                    staying.forceFocus();
                }
                break;
            }
        }
        going.dispose();
    }
}
