package org.switchboard.ui;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The dialog's title in bold at the top of its area. Without a window manager a dialog has no title
 * bar and would blend into the views under it; with one, the heading repeats the title, as many
 * desktop dialogs do.
 */
public final class DialogHeading {

    private DialogHeading() {
    }

    /** Adds the heading to {@code area}, a grid laid out already, across all its columns. */
    public static Label add(Composite area) {
        Label heading = new Label(area, SWT.NONE);
        heading.setText(area.getShell().getText().replace("&", "&&"));
        heading.setFont(JFaceResources.getBannerFont());
        int columns = area.getLayout() instanceof GridLayout grid ? grid.numColumns : 1;
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        return heading;
    }
}
