package org.switchboard.ui.internal.commands;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.ui.WidgetIds;

/** Lists the key bindings in a table the agent can read with the keyboard or a screen reader. */
final class KeyBindingsDialog extends Dialog {

    static final String TABLE = "keys.table";

    private final List<KeyBindingList.Row> rows;

    KeyBindingsDialog(Shell parent, List<KeyBindingList.Row> rows) {
        super(parent);
        this.rows = rows;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.keysTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(Messages.keysIntro);
        Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), TABLE);
        table.setHeaderVisible(true);
        TableColumn command = new TableColumn(table, SWT.LEFT);
        command.setText(Messages.keysCommand);
        TableColumn keys = new TableColumn(table, SWT.LEFT);
        keys.setText(Messages.keysKey);
        for (KeyBindingList.Row row : rows) {
            new TableItem(table, SWT.NONE).setText(new String[] { row.command(), row.keys() });
        }
        command.pack();
        keys.pack();
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 320).applyTo(table);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
