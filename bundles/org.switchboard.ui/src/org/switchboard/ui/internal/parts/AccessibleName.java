package org.switchboard.ui.internal.parts;

import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;

/** Gives a control without a visible label of its own the name a screen reader announces. */
final class AccessibleName extends AccessibleAdapter {

    private final String name;

    AccessibleName(String name) {
        this.name = name;
    }

    @Override
    public void getName(AccessibleEvent e) {
        e.result = name;
    }
}
