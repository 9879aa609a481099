package org.switchboard.ui.internal.agent;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.WidgetIds;

/**
 * The agent-state bar's announcement: the latest thing the agent was told of, shown for
 * {@value #SHOWN_MS} ms at the end of the bar's first row. It is an alert for screen readers, so each
 * one is read out whole as it shows; on screen a text too long for the room left ends in an ellipsis
 * and shows whole in its tooltip.
 */
final class AnnouncementLine implements Consumer<String> {

    static final String ID = "agent.announcement";
    static final int SHOWN_MS = 10_000;
    /** Less room than this and the announcement takes a row of its own. */
    private static final int MIN_WIDTH = 160;

    private final Composite bar;
    private final CLabel label;
    private final Runnable hide = () -> show(null);
    private final Runnable shown;
    private String text;

    /** @param shown told when the announcement came or went, as the bar may need another height */
    AnnouncementLine(Composite bar, Announcer announcer, Runnable shown) {
        this.bar = bar;
        this.shown = shown;
        label = Accessibility.alert(WidgetIds.tag(new CLabel(bar, SWT.NONE), ID));
        label.setMargins(0, 0, 0, 0);
        label.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = text;
            }
        });
        show(null);
        announcer.showIn(this);
        label.addListener(SWT.Dispose, e -> announcer.stopShowingIn(this));
        bar.addListener(SWT.Resize, e -> {
            if (text != null) {
                fit();
            }
        });
    }

    @Override
    public void accept(String announcement) {
        if (label.isDisposed()) {
            return;
        }
        // Hidden first, so that a screen reader hears a second announcement while the first shows.
        show(null);
        show(announcement);
        label.getDisplay().timerExec(SHOWN_MS, hide);
    }

    private void show(String announcement) {
        if (label.isDisposed()) {
            return;
        }
        text = announcement;
        label.setText(announcement == null ? "" : announcement);
        label.setToolTipText(announcement);
        if (announcement == null) {
            RowData none = new RowData(0, 0);
            none.exclude = true;
            label.setLayoutData(none);
            label.setVisible(false);
            bar.layout(true);
        } else {
            fit();
            label.setVisible(true);
        }
        shown.run();
    }

    /** As wide as its text, at most the room the bar's first row has left. */
    private void fit() {
        ((RowData) label.getLayoutData()).exclude = true;
        bar.layout(true);
        int wanted = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        int room = roomInFirstRow();
        RowData data = new RowData(room >= MIN_WIDTH ? Math.min(wanted, room) : wanted, SWT.DEFAULT);
        label.setLayoutData(data);
        bar.layout(true);
    }

    private int roomInFirstRow() {
        RowLayout row = (RowLayout) bar.getLayout();
        Rectangle area = bar.getClientArea();
        int firstRowTop = Integer.MAX_VALUE;
        for (Control c : bar.getChildren()) {
            if (c != label && c.getVisible()) {
                firstRowTop = Math.min(firstRowTop, c.getBounds().y);
            }
        }
        int right = row.marginLeft;
        for (Control c : bar.getChildren()) {
            Rectangle b = c.getBounds();
            // a control whose top is within a few pixels of the highest one's shares its row
            if (c != label && c.getVisible() && b.width > 0 && b.y < firstRowTop + b.height / 2 + 8) {
                right = Math.max(right, b.x + b.width);
            }
        }
        // a few pixels to spare: the row layout adds its child's trim to the width it is given
        return area.width - right - row.spacing - row.marginRight - 2 * row.marginWidth - 8;
    }
}
