package org.switchboard.ui.internal.agent;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Keeps the agent-state bar as tall as its rows. The perspective gives the bar a share of the window's
 * height, one row at most sizes; when its controls wrap onto a second row (an announcement, a narrow
 * window) the share grows so that nothing is cut, and goes back to what it was when they fit again.
 */
final class BarHeight {

    /** Differences smaller than this are left alone: the sash rounds its shares to whole pixels. */
    private static final int SLACK_PX = 4;

    private final Composite bar;
    private final MUIElement element;
    private final int designed;

    BarHeight(Composite bar, MPart part) {
        this.bar = bar;
        this.element = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
        this.designed = weight(element);
    }

    /** Grows or shrinks the bar's share to its content; on the UI thread, after the bar was laid out. */
    void fit() {
        MElementContainer<MUIElement> container = element.getParent();
        int height = bar.getSize().y;
        int mine = weight(element);
        if (container == null || bar.isDisposed() || height <= 0 || mine <= 0) {
            return;
        }
        int needed = bar.computeSize(bar.getSize().x, SWT.DEFAULT, true).y;
        if (Math.abs(needed - height) <= SLACK_PX) {
            return;
        }
        int others = 0;
        for (MUIElement sibling : container.getChildren()) {
            if (sibling != element && sibling.isToBeRendered() && sibling.isVisible()) {
                others += Math.max(0, weight(sibling));
            }
        }
        double whole = (double) height * (mine + others) / mine;
        if (others == 0 || needed >= whole) {
            return;
        }
        int wanted = (int) Math.round(others * needed / (whole - needed));
        element.setContainerData(String.valueOf(Math.max(designed, wanted)));
    }

    private static int weight(MUIElement element) {
        try {
            return element.getContainerData() == null ? -1 : Integer.parseInt(element.getContainerData().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
