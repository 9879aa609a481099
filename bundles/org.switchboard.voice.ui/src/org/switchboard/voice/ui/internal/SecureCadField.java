package org.switchboard.voice.ui.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.switchboard.ui.Accessibility;

/**
 * A secure call variable: masked, with "Click to try again", which asks the server for the value (it
 * gives it to the agent on the call only, and audits it) and shows it for a few seconds before
 * masking it again. The value is only ever in the label while it shows.
 */
final class SecureCadField {

    /** Reads a secure value from the server; the stage completes off the UI thread. */
    interface Revealer {
        CompletionStage<String> reveal(String name);
    }

    /** How long a revealed value shows. */
    static final int SHOWN_MS = 5000;

    private final String name;
    private final String label;
    private final Label masked;
    private final Link reveal;
    private final Revealer revealer;
    private final Executor ui;
    private final Consumer<String> say;
    private boolean onCall;
    private boolean showing;

    SecureCadField(Composite grid, String id, String label, String name, Revealer revealer, Executor ui,
            Consumer<String> say) {
        this.name = name;
        this.label = label;
        this.revealer = revealer;
        this.ui = ui;
        this.say = say;
        Composite box = new Composite(grid, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        masked = Accessibility.tagged(new Label(box, SWT.NONE), id, label);
        masked.setText(Messages.secureValue);
        reveal = Accessibility.tagged(new Link(box, SWT.NONE), id + ".retry", NLS.bind(Messages.cadRetryName, label));
        reveal.setText(Messages.cadRetry);
        reveal.setToolTipText(Messages.cadSecureOnRequest);
        reveal.addListener(SWT.Selection, e -> reveal());
        setOnCall(false);
    }

    /** Only an agent on the call may see the value. */
    void setOnCall(boolean on) {
        onCall = on;
        if (!reveal.isDisposed()) {
            reveal.setEnabled(on && !showing);
        }
    }

    private void reveal() {
        reveal.setEnabled(false);
        revealer.reveal(name).whenCompleteAsync(this::revealed, ui);
    }

    private void revealed(String value, Throwable failure) {
        if (masked.isDisposed()) {
            return;
        }
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                    : failure;
            say.accept(NLS.bind(Messages.cadNotRevealed, label, cause.getMessage()));
            setOnCall(onCall);
            return;
        }
        showing = true;
        masked.setText(value);
        masked.requestLayout();
        masked.getDisplay().timerExec(SHOWN_MS, this::mask);
    }

    private void mask() {
        if (masked.isDisposed()) {
            return;
        }
        showing = false;
        masked.setText(Messages.secureValue);
        masked.requestLayout();
        setOnCall(onCall);
    }
}
