package org.switchboard.voice.ui.internal;

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
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.dial.DialValidation;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.DialogHeading;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;

/**
 * The Consult request and Transfer request dialogs: an agent, queue, entry point or dial number,
 * chosen from a search over the directory (agents with their presence; Refresh asks again) or typed.
 * A dial number is checked as it is typed with the core's rules; an invalid one is explained and
 * left as typed, and cannot be sent.
 */
final class TransferDialog extends Dialog {

    static final String SHELL = "transfer.dialog";
    /** Prefix of the directory search's widgets: transfer.search, .refresh, .table, .status. */
    static final String SEARCH = "transfer";
    static final String KIND = "transfer.kind";
    static final String TARGET = "transfer.target";
    static final String MESSAGE = "transfer.message";
    static final String SUBMIT = "transfer.submit";

    enum Mode {
        CONSULT, TRANSFER
    }

    private static final TransferTarget.Kind[] KINDS = TransferTarget.Kind.values();

    private final Mode mode;
    private final AgentSession session;
    private final Consumer<TransferTarget> send;
    private DirectorySearch directory;
    private Combo kind;
    private Text target;
    private Label message;

    TransferDialog(Shell parent, Mode mode, AgentSession session, Consumer<TransferTarget> send) {
        super(parent);
        this.mode = mode;
        this.session = session;
        this.send = send;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(mode == Mode.CONSULT ? Messages.consultTitle : Messages.transferTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        DialogHeading.add(area);
        Composite found = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(found);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(found);
        directory = new DirectorySearch(found, SEARCH, DirectorySearch.othersOf(session));
        directory.onRow(SWT.Selection, e -> choose(directory.selected()));
        directory.onRow(SWT.DefaultSelection, e -> {
            choose(directory.selected());
            if (getButton(IDialogConstants.OK_ID).isEnabled()) {
                okPressed();
            }
        });
        new Label(area, SWT.NONE).setText(Messages.targetKind + ":");
        kind = Accessibility.tagged(new Combo(area, SWT.READ_ONLY), KIND, Messages.targetKind);
        for (TransferTarget.Kind k : KINDS) {
            kind.add(Messages.get("kind_" + k.name()));
        }
        kind.select(0);
        new Label(area, SWT.NONE).setText(Messages.targetLabel + ":");
        target = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.SINGLE), TARGET, Messages.targetLabel);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(target);
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(340, SWT.DEFAULT).applyTo(message);
        kind.addListener(SWT.Selection, e -> check());
        target.addListener(SWT.Modify, e -> check());
        directory.searchField().setFocus();
        directory.load();
        return area;
    }

    /** The chosen entry becomes the target; the agent may still change it by hand. */
    private void choose(DirectoryEntry entry) {
        if (entry == null) {
            return;
        }
        kind.select(entry.kind().ordinal());
        target.setText(entry.id());
        check();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID,
                mode == Mode.CONSULT ? Messages.consultSubmit : Messages.transferSubmit, true);
        WidgetIds.tag(ok, SUBMIT);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private TransferTarget.Kind selectedKind() {
        return KINDS[Math.max(0, kind.getSelectionIndex())];
    }

    /** Says what is wrong, leaves the text as typed, and allows sending only a usable target. */
    private void check() {
        if (message == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        TransferTarget.Kind k = selectedKind();
        target.setMessage(Messages.get("targetHint_" + k.name()));
        String text = target.getText().strip();
        boolean ok;
        String say;
        if (text.isEmpty()) {
            ok = false;
            say = "";
        } else if (k == TransferTarget.Kind.NUMBER) {
            DialValidation v = DialString.validate(text);
            ok = v instanceof DialValidation.Valid;
            say = v instanceof DialValidation.Valid valid
                    ? org.eclipse.osgi.util.NLS.bind(Messages.dialValid, v.message(), valid.number().value())
                    : v.message();
        } else {
            ok = true;
            say = "";
        }
        message.setText(say);
        message.setForeground(message.getDisplay().getSystemColor(ok ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        getButton(IDialogConstants.OK_ID).setEnabled(ok);
        message.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        TransferTarget.Kind k = selectedKind();
        String text = target.getText().strip();
        if (text.isEmpty()) {
            message.setText(Messages.targetMissing);
            return;
        }
        String id = text;
        if (k == TransferTarget.Kind.NUMBER) {
            if (!(DialString.validate(text) instanceof DialValidation.Valid valid)) {
                check();
                return;
            }
            id = valid.number().value();
        }
        send.accept(new TransferTarget(k, id));
        super.okPressed();
    }
}
