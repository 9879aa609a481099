package org.switchboard.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Tab moves on to the next control, as in every other field, instead of typing a tab into a multi-line text. */
public final class TabLeaves {

    private TabLeaves() {
    }

    public static Text text(Text text) {
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        return text;
    }
}
