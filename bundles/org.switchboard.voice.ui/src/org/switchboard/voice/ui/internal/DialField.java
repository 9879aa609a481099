package org.switchboard.voice.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.dial.DialValidation;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The dial field, checked as the agent types with the core's dial-string rules, and the buttons that
 * call the number, redial the last call and open the directory. The entered value is never altered;
 * the verdict (or why a call was not placed) appears beneath it.
 */
final class DialField {

    static final String INPUT = "voice.dial.input";
    static final String CHECK = "voice.dial.check";
    static final String CALL = "voice.dial.call";
    static final String REDIAL = "voice.dial.redial";
    static final String DIRECTORY = "voice.dial.directory";
    static final String VERDICT = "voice.dial.verdict";

    private final Text input;
    private final Label verdict;
    private final OutboundCalls calls;
    private final Button call;
    private final Button redial;

    DialField(Composite parent, OutboundCalls calls, CallPermission permission, Runnable openDirectory) {
        this.calls = calls;
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        Label label = new Label(box, SWT.NONE);
        label.setText(Messages.dialLabel);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(label);
        input = Accessibility.tagged(new Text(box, SWT.BORDER | SWT.SINGLE), INPUT, Messages.dialLabel);
        input.setMessage(Messages.dialHint);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(input);
        input.addModifyListener(e -> showVerdict());
        button(box, CHECK, Messages.dialCheck, this::showVerdict);
        call = button(box, CALL, DirectoryMessages.dialCall, this::call);
        redial = button(box, REDIAL, DirectoryMessages.dialRedial, this::redial);
        input.addListener(SWT.DefaultSelection, e -> {
            if (call.isEnabled()) {
                call();
            }
        });
        button(box, DIRECTORY, DirectoryMessages.open, openDirectory);
        verdict = WidgetIds.tag(new Label(box, SWT.WRAP), VERDICT);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(verdict);
        Runnable follow = () -> follow(permission);
        permission.onChange(follow);
        box.addDisposeListener(e -> permission.removeListener(follow));
        follow(permission);
    }

    private static Button button(Composite box, String id, String text, Runnable action) {
        Button b = Accessibility.tagged(new Button(box, SWT.PUSH), id, Messages.plain(text));
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** Call and Redial are enabled while the agent may place a call; otherwise their tooltip says why. */
    private void follow(CallPermission permission) {
        if (call.isDisposed()) {
            return;
        }
        for (Button b : new Button[] { call, redial }) {
            b.setEnabled(permission.allowed());
            b.setToolTipText(permission.whyNot());
        }
    }

    private DialValidation showVerdict() {
        String entered = input.getText();
        if (entered.isEmpty()) {
            say("", true);
            return null;
        }
        DialValidation validation = DialString.validate(entered);
        String text = switch (validation) {
            case DialValidation.Valid valid -> Messages.bind(Messages.dialValid, validation.message(), valid.number().value());
            case DialValidation.Invalid invalid -> invalid.message();
        };
        say(text, validation instanceof DialValidation.Valid);
        return validation;
    }

    /** An invalid number is explained and left as typed; a valid one is called as the core normalised it. */
    private void call() {
        DialValidation validation = input.getText().isEmpty() ? DialString.validate("") : showVerdict();
        switch (validation) {
            case DialValidation.Invalid invalid -> say(invalid.message(), false);
            case DialValidation.Valid valid -> {
                String number = valid.number().value();
                say(NLS.bind(DirectoryMessages.calling, number), true);
                calls.call(new DirectoryEntry(TransferTarget.Kind.NUMBER, number, null, null))
                        .thenAccept(this::afterCall);
            }
        }
    }

    private void redial() {
        say("", true);
        calls.redial().thenAccept(this::afterCall);
    }

    private void afterCall(String problem) {
        if (!verdict.isDisposed()) {
            say(problem == null ? "" : problem, problem == null);
        }
    }

    private void say(String text, boolean ok) {
        verdict.setText(text);
        verdict.setForeground(verdict.getDisplay().getSystemColor(ok ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        verdict.getParent().layout(true);
        verdict.getParent().getParent().layout(true, true);
    }
}
