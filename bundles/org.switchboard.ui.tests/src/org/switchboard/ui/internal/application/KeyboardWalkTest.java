package org.switchboard.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.testing.KeyboardWalk;
import org.switchboard.ui.testing.UiDriver;

/**
 * The keyboard walk the voice view's test relies on finds what it is there to find: a field without
 * an accessible name, and a control that Tab skips.
 */
class KeyboardWalkTest {

    private final UiDriver driver = UiDriver.forDefaultDisplay();

    @Test
    void reportsAFieldWithoutNameAndAControlTabSkips() {
        driver.onUi(() -> {
            Shell shell = new Shell(driver.display());
            try {
                shell.setLayout(new RowLayout());
                Composite area = new Composite(shell, SWT.NONE);
                area.setLayout(new RowLayout());
                Button named = new Button(area, SWT.PUSH);
                named.setText("&Hold");
                Text unnamed = new Text(area, SWT.BORDER);
                Text labelled = Accessibility.name(new Text(area, SWT.BORDER), "Customer name");
                Button skipped = new Button(area, SWT.PUSH);
                skipped.setText("Skipped");
                area.setTabList(new Control[] { named, unnamed, labelled });
                shell.pack();
                shell.open();

                assertEquals(List.of(named, unnamed, labelled, skipped), KeyboardWalk.focusable(area));
                List<Control> reached = KeyboardWalk.tabOrder(area);
                assertEquals(List.of(named, unnamed, labelled), reached);
                assertFalse(reached.contains(skipped), "a control left out of the tab list is not reached");

                assertEquals("Hold", KeyboardWalk.accessibleName(named));
                assertNull(KeyboardWalk.accessibleName(unnamed), "a text field has no name of its own");
                assertEquals("Customer name", KeyboardWalk.accessibleName(labelled));
                assertTrue(KeyboardWalk.focusable(area).contains(skipped));
            } finally {
                shell.dispose();
            }
        });
    }
}
