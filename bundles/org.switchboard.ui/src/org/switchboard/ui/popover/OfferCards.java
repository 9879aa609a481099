package org.switchboard.ui.popover;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The popover of one channel's offers (chat requests, emails), drawn again whenever its offers
 * change: one card per offer, each under a heading band. Runs on the UI thread.
 */
public final class OfferCards {

    private OfferCards() {
    }

    /**
     * The popover to draw the offers into: {@code current} emptied, or a new one over {@code window}
     * tagged {@code id} and titled {@code title} when there is none.
     */
    public static Shell emptied(Shell current, Shell window, String id, String title) {
        Shell shell = current;
        if (shell == null || shell.isDisposed()) {
            shell = WidgetIds.tag(Popovers.create(window), id);
            shell.setText(title);
            GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(shell);
        }
        for (Control c : shell.getChildren()) {
            c.dispose();
        }
        return shell;
    }

    /** Closes the popover when no offer is left; returns null, what the caller then holds. */
    public static Shell closed(Shell current) {
        if (current != null && !current.isDisposed()) {
            current.dispose();
        }
        return null;
    }

    /**
     * A new card in the popover: bordered, two columns, starting with a heading band that holds
     * {@code title} (tagged {@code titleId}). The caller adds the offer's lines and buttons.
     */
    public static Composite card(Shell popover, String cardId, String titleId, String title) {
        Composite card = WidgetIds.tag(new Composite(popover, SWT.BORDER), cardId);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(card);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(card);
        Composite band = new Composite(card, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(6, 4).applyTo(band);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(band);
        Label heading = Accessibility.tagged(new Label(band, SWT.NONE), titleId, title);
        heading.setText(title);
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Popovers.heading(band);
        return card;
    }
}
