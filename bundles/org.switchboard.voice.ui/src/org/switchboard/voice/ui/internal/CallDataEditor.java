package org.switchboard.voice.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.InteractionInfo.CallVariable;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The call variables of one call: editable ones in fields (date-times in pickers), read-only ones as
 * labels, secure ones masked and shown for a few seconds on request ({@link SecureCadField}). Save sends each changed variable with the version the agent was shown;
 * Revert shows the values last saved. A save that lost to an earlier one, or another agent's save
 * that replaced a draft, says who saved what.
 */
final class CallDataEditor {

    static final String CONFLICT_RULE = "CAD_EDIT_CONFLICT";

    /** Saves one variable; the stage completes as the connector's does. */
    interface Saver {
        CompletionStage<?> save(String name, String value, long version);
    }

    private final Composite root;
    private final Composite grid;
    private final Button save;
    private final Button revert;
    private final Label message;
    private final Composite buttonRow;
    private final String prefix;
    private final Saver saver;
    private final Executor ui;
    private final Map<String, CadField> fields = new LinkedHashMap<>();
    private final List<SecureCadField> secured = new ArrayList<>();
    private final SecureCadField.Revealer revealer;
    private List<String> shape = List.of();
    private boolean allowed;

    CallDataEditor(Composite parent, String prefix, Saver saver, SecureCadField.Revealer revealer, Executor ui) {
        this.prefix = prefix;
        this.saver = saver;
        this.revealer = revealer;
        this.ui = ui;
        root = WidgetIds.tag(new Composite(parent, SWT.NONE), prefix + "cad");
        GridLayoutFactory.fillDefaults().applyTo(root);
        grid = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 2).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(grid);
        Composite buttons = new Composite(root, SWT.NONE);
        buttonRow = buttons;
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        save = Accessibility.tagged(new Button(buttons, SWT.PUSH), prefix + "cad.save", Messages.plain(Messages.cadSave));
        save.setText(Messages.cadSave);
        save.addListener(SWT.Selection, e -> save());
        revert = Accessibility.tagged(new Button(buttons, SWT.PUSH), prefix + "cad.revert",
                Messages.plain(Messages.cadRevert));
        revert.setText(Messages.cadRevert);
        revert.addListener(SWT.Selection, e -> revert());
        message = Accessibility.tagged(new Label(buttons, SWT.WRAP), prefix + "cad.message", Messages.cadMessageName);
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(message);
    }

    Control control() {
        return root;
    }

    void update(InteractionInfo call) {
        List<String> now = new ArrayList<>();
        now.add(String.valueOf(call.queueId()));
        call.callData().forEach(v -> now.add(v.name() + v.editable() + v.secure() + v.type() + has(call, v)));
        if (!now.equals(shape)) {
            shape = now;
            rebuild(call);
        } else {
            call.callData().forEach(v -> {
                CadField f = fields.get(v.name());
                if (f != null && f.serverSays(v)) {
                    say(NLS.bind(Messages.cadReplaced, new Object[] {
                            v.savedBy() == null ? Messages.cadAnotherAgent : v.savedBy(), label(v), shown(v) }));
                }
            });
            rebuildLabels(call);
        }
        allowed = call.allowedActions().contains("EDIT_CAD");
        fields.values().forEach(f -> f.control().setEnabled(allowed));
        secured.forEach(f -> f.setOnCall(allowed));
        boolean editing = !fields.isEmpty();
        if (buttonRow.getVisible() != editing) {
            buttonRow.setVisible(editing);
            ((GridData) buttonRow.getLayoutData()).exclude = !editing;
            root.getParent().layout(true, true);
        }
        buttons();
    }

    private void rebuild(InteractionInfo call) {
        for (Control c : grid.getChildren()) {
            c.dispose();
        }
        fields.clear();
        secured.clear();
        if (call.queueId() != null) {
            name(Messages.queueLabel);
            readOnly(Messages.queueLabel, call.queueId(), "queue");
        }
        List<CallVariable> shown = call.callData().stream().filter(v -> has(call, v)).toList();
        for (CallVariable v : shown) {
            String label = v.label() == null ? v.name() : v.label();
            name(label);
            String id = prefix + "cad." + v.name();
            if (v.secure()) {
                secured.add(new SecureCadField(grid, id, label, v.name(), revealer, ui, this::say));
            } else if (!v.editable()) {
                readOnly(label, v.value(), "cad." + v.name());
            } else if ("DATE_TIME".equals(v.type())) {
                fields.put(v.name(), new DateTimeCadField(grid, id, label, v, this::buttons));
            } else {
                fields.put(v.name(), new TextCadField(grid, id, label, v, this::buttons));
            }
        }
        if (shown.stream().anyMatch(CallVariable::secure)) {
            secureNote();
        }
        if (shown.isEmpty()) {
            Label none = Accessibility.tagged(new Label(grid, SWT.NONE), prefix + "cad.none", Messages.cadNone);
            none.setText(Messages.cadNone);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
        }
    }

    /**
     * Whether the call carries the variable: a value, or a field the agent may fill in on a call that
     * came with call data. A call without any (one the agent placed) gets the configured variables
     * with empty values, which would only read as blanks and masks.
     */
    private static boolean has(InteractionInfo call, CallVariable v) {
        return valued(v) || v.editable() && !v.secure() && call.callData().stream().anyMatch(CallDataEditor::valued);
    }

    private static boolean valued(CallVariable v) {
        return v.value() != null && !v.value().isBlank();
    }

    /** Read-only values are labels, shown as the server last described them. */
    private void rebuildLabels(InteractionInfo call) {
        for (CallVariable v : call.callData()) {
            if (!v.secure() && !v.editable()) {
                for (Control c : grid.getChildren()) {
                    if ((prefix + "cad." + v.name()).equals(c.getData(WidgetIds.KEY)) && c instanceof Label l) {
                        l.setText(v.value() == null ? "" : v.value());
                    }
                }
            }
        }
    }

    private void name(String label) {
        new Label(grid, SWT.NONE).setText(label + ":");
    }

    private void readOnly(String label, String value, String part) {
        Label l = Accessibility.tagged(new Label(grid, SWT.NONE), prefix + part, label);
        l.setText(value == null ? "" : value);
    }

    /** The server masks secure values in everything it sends; a note under the variables says how to see one. */
    private void secureNote() {
        Label why = Accessibility.tagged(new Label(grid, SWT.WRAP), prefix + "cad.secure", Messages.cadSecureOnRequest);
        why.setText(Messages.cadSecureOnRequest);
        why.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(150, SWT.DEFAULT).applyTo(why);
    }

    private void buttons() {
        boolean dirty = fields.values().stream().anyMatch(CadField::dirty);
        save.setEnabled(dirty && allowed);
        revert.setEnabled(dirty);
    }

    private void save() {
        for (CadField f : fields.values()) {
            if (f.dirty() && f.draft().length() > CallVariable.MAX_LENGTH) {
                say(NLS.bind(Messages.cadTooLong, label(f.variable()), CallVariable.MAX_LENGTH));
                f.control().setFocus();
                return;
            }
        }
        say("");
        for (CadField f : List.copyOf(fields.values())) {
            if (f.dirty()) {
                String sent = f.draft();
                saver.save(f.variable().name(), sent, f.base())
                        .whenCompleteAsync((done, failure) -> saved(f, sent, failure), ui);
            }
        }
    }

    private void saved(CadField f, String sent, Throwable failure) {
        if (root.isDisposed()) {
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause == null) {
            if (f.dirty() && sent.equals(f.draft())) {
                f.revert();
            }
        } else if (cause instanceof ActionRefusal r && CONFLICT_RULE.equals(r.refusal().rule())) {
            f.revert();
            say(NLS.bind(Messages.cadConflict, SavedBy.in(r.refusal().message()), shown(f.variable())));
        } else {
            say(NLS.bind(Messages.cadNotSaved, label(f.variable()), cause.getMessage()));
        }
        buttons();
    }

    private void revert() {
        fields.values().forEach(CadField::revert);
        say("");
        buttons();
    }

    private void say(String text) {
        message.setText(text);
        root.getParent().layout(true, true);
    }

    private static String label(CallVariable v) {
        return v.label() == null ? v.name() : v.label();
    }

    private static String shown(CallVariable v) {
        return v.secure() ? Messages.secureValue : v.value() == null ? "" : v.value();
    }
}
