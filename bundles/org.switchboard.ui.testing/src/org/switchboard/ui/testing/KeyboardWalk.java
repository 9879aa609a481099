package org.switchboard.ui.testing;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.accessibility.AccessibleListener;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * Walks the keyboard's tab order through a part of the window as a person pressing Tab would, and
 * reads what a screen reader announces for each control. Call on the UI thread (through
 * {@link UiDriver#onUi}).
 */
public final class KeyboardWalk {

    private static final int MAX_STEPS = 400;

    private KeyboardWalk() {
    }

    /**
     * The controls inside {@code area} that Tab reaches, in order, starting at the first of them and
     * pressing Tab until the focus comes back to it (or has gone round the whole window).
     */
    public static List<Control> tabOrder(Composite area) {
        List<Control> expected = focusable(area);
        if (expected.isEmpty()) {
            return List.of();
        }
        area.getShell().forceActive();
        Control first = expected.get(0);
        first.forceFocus();
        Set<Control> reached = new LinkedHashSet<>();
        Control current = area.getDisplay().getFocusControl();
        if (current == null) {
            current = first;
        }
        for (int step = 0; step < MAX_STEPS; step++) {
            if (inside(current, area) && !reached.add(current)) {
                break;
            }
            if (!current.traverse(SWT.TRAVERSE_TAB_NEXT)) {
                break;
            }
            Control next = area.getDisplay().getFocusControl();
            if (next == null || next == current) {
                break;
            }
            current = next;
        }
        return List.copyOf(reached);
    }

    /** The controls inside {@code area} a keyboard user must be able to reach: shown, enabled, taking input. */
    public static List<Control> focusable(Composite area) {
        List<Control> out = new ArrayList<>();
        collect(area, out);
        return out;
    }

    private static void collect(Composite parent, List<Control> out) {
        for (Control c : parent.getChildren()) {
            if (!c.isVisible() || !c.isEnabled()) {
                continue;
            }
            if (takesInput(c)) {
                out.add(c);
            }
            if (c instanceof Composite composite && !(c instanceof Combo) && !(c instanceof CCombo)
                    && !(c instanceof Table) && !(c instanceof Tree) && !(c instanceof Spinner)
                    && !(c instanceof DateTime)) {
                collect(composite, out);
            }
        }
    }

    private static boolean takesInput(Control c) {
        if (c instanceof Button b) {
            // radio buttons of a group are one tab stop, moved between with the arrow keys
            return (b.getStyle() & SWT.RADIO) == 0 || b.getSelection();
        }
        return c instanceof Text || c instanceof Combo || c instanceof CCombo || c instanceof Link
                || c instanceof DateTime || c instanceof Spinner || c instanceof Table || c instanceof Tree;
    }

    private static boolean inside(Control c, Composite area) {
        for (Control p = c; p != null; p = p.getParent()) {
            if (p == area) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name a screen reader announces for {@code control}: what its accessible listeners answer, or
     * else a button's own text (mnemonics removed); null when neither says anything.
     */
    public static String accessibleName(Control control) {
        AccessibleEvent e = new AccessibleEvent(control.getAccessible());
        e.childID = ACC.CHILDID_SELF;
        for (AccessibleListener l : listeners(control.getAccessible())) {
            l.getName(e);
        }
        if (e.result != null && !e.result.isBlank()) {
            return e.result;
        }
        if (control instanceof Button b && !b.getText().isBlank()) {
            return b.getText().replace("&", "");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<AccessibleListener> listeners(Accessible accessible) {
        try {
            Field f = Accessible.class.getDeclaredField("accessibleListeners");
            f.setAccessible(true);
            Object value = f.get(accessible);
            return value == null ? List.of() : new ArrayList<>((List<AccessibleListener>) value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SWT's Accessible no longer keeps its listeners where expected", e);
        }
    }
}
