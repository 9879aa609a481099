package org.switchboard.voice.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.dial.DialValidation;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The dial field, checked as the agent types with the core's dial-string rules. The entered value
 * is never altered; the verdict appears beneath it.
 */
final class DialField {

    static final String INPUT = "voice.dial.input";
    static final String CHECK = "voice.dial.check";
    static final String VERDICT = "voice.dial.verdict";

    private final Text input;
    private final Label verdict;

    DialField(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        Label label = new Label(box, SWT.NONE);
        label.setText(Messages.dialLabel);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        input = Accessibility.tagged(new Text(box, SWT.BORDER | SWT.SINGLE), INPUT, Messages.dialLabel);
        input.setMessage(Messages.dialHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(input);
        input.addModifyListener(e -> showVerdict());
        Button check = Accessibility.tagged(new Button(box, SWT.PUSH), CHECK, Messages.dialCheck);
        check.setText(Messages.dialCheck);
        check.addListener(SWT.Selection, e -> showVerdict());
        verdict = WidgetIds.tag(new Label(box, SWT.WRAP), VERDICT);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(verdict);
    }

    private void showVerdict() {
        String entered = input.getText();
        if (entered.isEmpty()) {
            verdict.setText("");
            return;
        }
        DialValidation validation = DialString.validate(entered);
        String text = switch (validation) {
            case DialValidation.Valid valid -> Messages.bind(Messages.dialValid, validation.message(), valid.number().value());
            case DialValidation.Invalid invalid -> invalid.message();
        };
        verdict.setText(text);
        verdict.setForeground(verdict.getDisplay().getSystemColor(
                validation instanceof DialValidation.Valid ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        verdict.getParent().layout(true);
    }
}
