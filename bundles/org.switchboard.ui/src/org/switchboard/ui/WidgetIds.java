package org.switchboard.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable identifiers on widgets, so that UI tests and accessibility tools find a control without
 * depending on its label or position. The key is the one the UI test driver looks up.
 */
public final class WidgetIds {

    /** The {@link Widget#getData(String)} key under which a widget's id is stored. */
    public static final String KEY = "org.switchboard.widget.id";

    private WidgetIds() {
    }

    /** Tags {@code widget} with {@code id} and returns it, for use in fluent construction code. */
    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
