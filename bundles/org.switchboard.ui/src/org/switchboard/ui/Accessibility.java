package org.switchboard.ui;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/** Names a control for screen readers where its visible text alone does not say what it is. */
public final class Accessibility {

    private Accessibility() {
    }

    /** Sets the name a screen reader announces for {@code control} and returns the control. */
    public static <C extends Control> C name(C control, String name) {
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = name;
            }
        });
        return control;
    }

    /**
     * Gives {@code control} the alert role: a screen reader reads an alert's text out as soon as it
     * shows, wherever the focus is, as it does for a toast or an urgent message.
     */
    public static <C extends Control> C alert(C control) {
        control.getAccessible().addAccessibleControlListener(new AccessibleControlAdapter() {
            @Override
            public void getRole(AccessibleControlEvent e) {
                e.detail = ACC.ROLE_ALERT;
            }
        });
        return control;
    }

    /** Tags {@code control} with its test id and gives it its accessible name. */
    public static <C extends Control> C tagged(C control, String id, String name) {
        return name(WidgetIds.tag(control, id), name);
    }
}
