package org.switchboard.chat.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

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
import org.switchboard.desktop.services.CannedResponseEntry;
import org.switchboard.desktop.services.CannedResponses;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.DialogHeading;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.UiEventRunner;

/**
 * Canned responses: search the agent's personal and the shared ones, create, edit and delete them,
 * and insert the one picked into the chat's message box with its placeholders filled.
 */
final class CannedResponsesDialog extends Dialog {

    static final String SHELL = "canned.dialog";
    static final String SEARCH = "canned.search";
    static final String LIST = "canned.list";
    static final String NAME = "canned.title";
    static final String TEXT = "canned.text";
    static final String SHARED = "canned.shared";
    static final String NEW = "canned.new";
    static final String SAVE = "canned.save";
    static final String DELETE = "canned.delete";
    static final String INSERT = "canned.insert";
    static final String MESSAGE = "canned.message";

    private static final int INSERT_ID = IDialogConstants.CLIENT_ID + 1;

    private final CannedResponses responses;
    private final String agentId;
    /** Gets the text picked; answers null when it went in, or why it did not. */
    private final java.util.function.Function<String, String> insert;
    private List<CannedResponseEntry> shown = List.of();
    private CannedResponseEntry editing;
    private UiEventRunner ui;
    private Text search;
    private org.eclipse.swt.widgets.List list;
    private Text name;
    private Text text;
    private Button shared;
    private Label message;

    CannedResponsesDialog(Shell parent, CannedResponses responses, String agentId,
            java.util.function.Function<String, String> insert) {
        super(parent);
        this.responses = responses;
        this.agentId = agentId;
        this.insert = insert;
        setBlockOnOpen(false);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.cannedTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        ui = new UiEventRunner(parent.getDisplay());
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        DialogHeading.add(area);
        search = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), SEARCH,
                Messages.cannedSearch);
        search.setMessage(Messages.cannedSearch);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(search);
        list = Accessibility.tagged(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                LIST, Messages.cannedList);
        GridDataFactory.fillDefaults().grab(false, true).hint(200, 220).applyTo(list);

        Composite editor = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(editor);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(editor);
        new Label(editor, SWT.NONE).setText(Messages.cannedName + ":");
        name = Accessibility.tagged(new Text(editor, SWT.BORDER | SWT.SINGLE), NAME, Messages.cannedName);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(name);
        new Label(editor, SWT.NONE).setText(Messages.cannedText.replace("&", "&&") + ":");
        text = Accessibility.tagged(new Text(editor, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), TEXT,
                Messages.cannedText);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 120).applyTo(text);
        shared = Accessibility.tagged(new Button(editor, SWT.CHECK), SHARED, Messages.cannedShared);
        shared.setText(Messages.cannedShared);

        Composite buttons = new Composite(editor, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(buttons);
        button(buttons, NEW, Messages.cannedNew, this::startNew);
        button(buttons, SAVE, Messages.cannedSave, this::save);
        button(buttons, DELETE, Messages.cannedDelete, this::delete);

        message = Accessibility.tagged(new Label(area, SWT.WRAP), MESSAGE, Messages.cannedTitle);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(message);

        search.addListener(SWT.Modify, e -> refresh(null));
        list.addListener(SWT.Selection, e -> pick());
        list.addListener(SWT.DefaultSelection, e -> insertPicked());
        refresh(null);
        search.setFocus();
        return area;
    }

    private void button(Composite parent, String id, String label, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, Messages.plain(label));
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button in = createButton(parent, INSERT_ID, Messages.cannedInsert, true);
        Accessibility.tagged(in, INSERT, Messages.plain(Messages.cannedInsert));
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == INSERT_ID) {
            insertPicked();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void refresh(Long select) {
        String query = search.getText();
        whenDone(responses.search(agentId, query), found -> {
            if (!query.equals(search.getText())) {
                return;
            }
            shown = found;
            list.setItems(found.stream().map(CannedResponsesDialog::label).toArray(String[]::new));
            for (int n = 0; n < found.size(); n++) {
                // Only marks the saved one: the fields already hold it, and may hold newer typing.
                if (select != null && editing != null && editing.id() == select && found.get(n).id() == select) {
                    list.select(n);
                }
            }
        });
    }

    private static String label(CannedResponseEntry e) {
        return e.shared() ? e.title() : e.title() + "  (" + Messages.cannedPersonal + ")";
    }

    private void pick() {
        int index = list.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        editing = shown.get(index);
        name.setText(editing.title());
        text.setText(editing.text());
        shared.setSelection(editing.shared());
    }

    private void startNew() {
        editing = null;
        list.deselectAll();
        name.setText("");
        text.setText("");
        shared.setSelection(false);
        say("");
        name.setFocus();
    }

    private void save() {
        Long id = editing == null ? null : editing.id();
        say(Messages.cannedSaving);
        whenDone(responses.save(id, shared.getSelection() ? null : agentId, name.getText(), text.getText()), saved -> {
            editing = saved;
            // Insert may come before the refreshed list does: it must already find the saved text.
            shown = shown.stream().map(entry -> entry.id() == saved.id() ? saved : entry).toList();
            say(Messages.cannedSaved);
            refresh(saved.id());
        });
    }

    private void delete() {
        if (editing == null) {
            say(Messages.cannedMissing);
            return;
        }
        say(Messages.cannedDeleting);
        whenDone(responses.delete(editing.id()), gone -> {
            startNew();
            say(Messages.cannedDeleted);
            refresh(null);
        });
    }

    private void insertPicked() {
        int index = list.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            say(Messages.cannedMissing);
            return;
        }
        String problem = insert.apply(shown.get(index).text());
        if (problem == null) {
            close();
        } else {
            say(problem);
        }
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text == null ? "" : text);
        }
    }

    /** Runs {@code then} on the UI thread when the store answers; a failure is shown, the values stay as typed. */
    private <T> void whenDone(CompletableFuture<T> work, Consumer<T> then) {
        work.whenComplete((value, failure) -> ui.execute(() -> {
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                say(cause instanceof IllegalArgumentException ? cause.getMessage()
                        : NLS.bind(Messages.cannedFailed, cause.getMessage()));
            } else {
                then.accept(value);
            }
        }));
    }
}
