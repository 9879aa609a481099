package org.switchboard.ui.internal.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.dial.DialValidation;
import org.switchboard.ui.WidgetIds;

/**
 * The voice channel's view: for now the dial field, checked as the agent types with the core's
 * dial-string rules. The entered value is never altered; the verdict appears beneath it.
 */
public class VoicePart {

    public static final String DIAL_INPUT = "voice.dial.input";
    public static final String DIAL_CHECK = "voice.dial.check";
    public static final String DIAL_VERDICT = "voice.dial.verdict";

    private Text dialInput;
    private Label verdict;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(parent);

        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.voiceTitle);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

        Label dialLabel = new Label(parent, SWT.NONE);
        dialLabel.setText(Messages.dialLabel);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(dialLabel);

        dialInput = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SINGLE), DIAL_INPUT);
        dialInput.setMessage(Messages.dialHint);
        dialInput.getAccessible().addAccessibleListener(new AccessibleName(Messages.dialLabel));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dialInput);
        dialInput.addModifyListener(e -> showVerdict());

        Button check = WidgetIds.tag(new Button(parent, SWT.PUSH), DIAL_CHECK);
        check.setText(Messages.dialCheck);
        check.addListener(SWT.Selection, e -> showVerdict());

        verdict = WidgetIds.tag(new Label(parent, SWT.WRAP), DIAL_VERDICT);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(verdict);
    }

    private void showVerdict() {
        String entered = dialInput.getText();
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
