package org.switchboard.ui;

import org.eclipse.swt.accessibility.AccessibleAdapter;
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

    /** Tags {@code control} with its test id and gives it its accessible name. */
    public static <C extends Control> C tagged(C control, String id, String name) {
        return name(WidgetIds.tag(control, id), name);
    }
}
