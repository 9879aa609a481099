package org.switchboard.voice.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUpCatalog;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * Wrap-up reasons: a reason picked from a list filtered by search, optional notes, and Submit,
 * which hands the wrap-up to the outbox. It does not block the workbench: the panel's Wrap up
 * button opens it again if it was closed.
 */
final class WrapUpDialog extends Dialog {

    static final String SHELL = "wrapup.dialog";
    static final String SEARCH = "wrapup.search";
    static final String REASONS = "wrapup.reasons";
    static final String NOTES = "wrapup.notes";
    static final String MESSAGE = "wrapup.message";
    static final String SUBMIT = "wrapup.submit";

    private final String caller;
    private final WrapUpCatalog catalog;
    private final BiConsumer<Disposition, String> submit;
    private List<Disposition> shown = List.of();
    private Text search;
    private org.eclipse.swt.widgets.List reasons;
    private Text notes;
    private Label message;

    WrapUpDialog(Shell parent, String caller, WrapUpCatalog catalog, BiConsumer<Disposition, String> submit) {
        super(parent);
        this.caller = caller;
        this.catalog = catalog;
        this.submit = submit;
        setBlockOnOpen(false);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.wrapUpTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
        Label heading = new Label(area, SWT.NONE);
        heading.setText(NLS.bind(Messages.wrapUpFor, caller));
        search = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), SEARCH,
                Messages.wrapUpSearch);
        search.setMessage(Messages.wrapUpSearch);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        reasons = Accessibility.tagged(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                REASONS, Messages.wrapUpReasons);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 110).applyTo(reasons);
        new Label(area, SWT.NONE).setText(Messages.wrapUpNotes + ":");
        notes = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), NOTES,
                Messages.wrapUpNotes);
        notes.setTextLimit(catalog.maxNotesLength());
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 70).applyTo(notes);
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        search.addListener(SWT.Modify, e -> filter());
        reasons.addListener(SWT.Selection, e -> enableSubmit());
        filter();
        search.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.wrapUpSubmit, true);
        WidgetIds.tag(ok, SUBMIT);
        Accessibility.name(ok, Messages.plain(Messages.wrapUpSubmit));
        enableSubmit();
    }

    private void filter() {
        String query = search.getText().strip().toLowerCase(Locale.ROOT);
        shown = catalog.dispositions().stream()
                .filter(d -> query.isEmpty() || d.label().toLowerCase(Locale.ROOT).contains(query)
                        || d.code().toLowerCase(Locale.ROOT).contains(query))
                .sorted(Comparator.comparing(Disposition::label)).toList();
        reasons.setItems(shown.stream().map(Disposition::label).toArray(String[]::new));
        if (shown.size() == 1) {
            reasons.select(0);
        }
        enableSubmit();
    }

    private void enableSubmit() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(reasons.getSelectionIndex() >= 0);
        }
    }

    @Override
    protected void okPressed() {
        int index = reasons.getSelectionIndex();
        if (index < 0) {
            message.setText(Messages.wrapUpPick);
            return;
        }
        String text = notes.getText();
        if (text.length() > catalog.maxNotesLength()) {
            message.setText(NLS.bind(Messages.wrapUpTooLong, catalog.maxNotesLength()));
            return;
        }
        submit.accept(shown.get(index), text.isBlank() ? null : text);
        super.okPressed();
    }

    boolean isOpen() {
        return getShell() != null && !getShell().isDisposed();
    }
}
