package org.switchboard.chat.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.TransferTarget;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.DialogHeading;
import org.switchboard.ui.WidgetIds;

/** Transfers a chat with its conversation to an agent or a chat queue. */
final class ChatTransferDialog extends Dialog {

    static final String SHELL = "chat.transfer.dialog";
    static final String KIND = "chat.transfer.kind";
    static final String TARGET = "chat.transfer.target";
    static final String MESSAGE = "chat.transfer.message";
    static final String SUBMIT = "chat.transfer.submit";

    private static final TransferTarget.Kind[] KINDS = { TransferTarget.Kind.AGENT, TransferTarget.Kind.QUEUE };

    private final Consumer<TransferTarget> send;
    private Combo kind;
    private Text target;
    private Label message;

    ChatTransferDialog(Shell parent, Consumer<TransferTarget> send) {
        super(parent);
        this.send = send;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.transferTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        DialogHeading.add(area);
        new Label(area, SWT.NONE).setText(Messages.transferKind + ":");
        kind = Accessibility.tagged(new Combo(area, SWT.READ_ONLY), KIND, Messages.transferKind);
        kind.setItems(Messages.transferAgent, Messages.transferQueue);
        kind.select(0);
        new Label(area, SWT.NONE).setText(Messages.transferTarget + ":");
        target = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.SINGLE), TARGET, Messages.transferTarget);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(target);
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(340, SWT.DEFAULT).applyTo(message);
        kind.addListener(SWT.Selection, e -> check());
        target.addListener(SWT.Modify, e -> check());
        target.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.transferSubmit, true);
        Accessibility.tagged(ok, SUBMIT, Messages.transferSubmit);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private TransferTarget.Kind selectedKind() {
        return KINDS[Math.max(0, kind.getSelectionIndex())];
    }

    private void check() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        target.setMessage(selectedKind() == TransferTarget.Kind.AGENT ? Messages.transferHintAgent
                : Messages.transferHintQueue);
        ok.setEnabled(!target.getText().isBlank());
    }

    @Override
    protected void okPressed() {
        String id = target.getText().strip();
        if (id.isEmpty()) {
            message.setText(Messages.transferMissing);
            return;
        }
        send.accept(new TransferTarget(selectedKind(), id));
        super.okPressed();
    }
}
