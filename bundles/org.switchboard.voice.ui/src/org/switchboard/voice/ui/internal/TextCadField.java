package org.switchboard.voice.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.InteractionInfo.CallVariable;
import org.switchboard.ui.Accessibility;

/** A text, number or yes/no call variable in a text field. No length limit is set: too long is explained. */
final class TextCadField extends CadField {

    private final Text text;

    TextCadField(Composite parent, String id, String name, CallVariable variable, Runnable changed) {
        super(variable, changed);
        text = Accessibility.tagged(new Text(parent, SWT.BORDER | SWT.SINGLE), id, name);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
        if ("BOOLEAN".equals(variable.type())) {
            text.setMessage("true / false");
        }
        revert();
        text.addModifyListener(e -> edited());
    }

    @Override
    Control control() {
        return text;
    }

    @Override
    String draft() {
        return text.getText();
    }

    @Override
    protected void show(String value) {
        text.setText(value);
    }
}
