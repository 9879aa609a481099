package org.switchboard.ui.session;

import java.util.Objects;

import org.eclipse.swt.widgets.Control;

/**
 * Lays a part out once, a moment after the first event asking for it, however many more do meanwhile:
 * the end of a call brings several events in a row, and laying the whole part out for each of them kept
 * the UI thread busy when the next call, routed as soon as the agent is ready, was offered. The moment
 * (well under what a person notices) lets that offer's popover go first. Used on the UI thread only.
 */
public final class DeferredLayout {

    /** Long enough for the events of a call's end and the next offer to arrive, short for the eye. */
    private static final int DELAY_MS = 50;

    private final Control control;
    private final Runnable layout;
    private boolean requested;

    public DeferredLayout(Control control, Runnable layout) {
        this.control = Objects.requireNonNull(control, "control");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Lays the part out soon, unless that is already asked for. */
    public void request() {
        if (requested || control.isDisposed()) {
            return;
        }
        requested = true;
        control.getDisplay().timerExec(DELAY_MS, () -> {
            requested = false;
            if (!control.isDisposed()) {
                layout.run();
            }
        });
    }
}
