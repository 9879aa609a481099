package org.switchboard.email.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.connector.EmailQueue;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The agent's email queues: one toggle per team queue and the personal queue, each with its count,
 * and the selected queue's emails in a virtual table (rows are made only as they scroll into view, so
 * ten thousand cases open at once), with Retrieve for the selected one.
 */
final class EmailQueuesPane {

    static final String BUTTONS = "email.queues";
    static final String CASES = "email.cases";
    static final String RETRIEVE = "email.retrieve";

    private final Composite buttons;
    private final Table table;
    private final Button retrieve;
    private List<EmailQueue> queues = List.of();
    private String selectedQueue;
    private List<EmailQueue.Item> rows = List.of();

    EmailQueuesPane(Composite parent, Consumer<EmailQueue.Item> onRetrieve) {
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(pane);
        buttons = WidgetIds.tag(new Composite(pane, SWT.NONE), BUTTONS);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        table = Accessibility.tagged(new Table(pane, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                CASES, Messages.title);
        table.setHeaderVisible(true);
        for (String name : List.of(Messages.columnFrom, Messages.columnSubject, Messages.columnArrived)) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(name);
            c.setWidth(name.equals(Messages.columnSubject) ? 160 : name.equals(Messages.columnFrom) ? 130 : 90);
        }
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index >= 0 && index < rows.size()) {
                EmailQueue.Item row = rows.get(index);
                item.setText(new String[] { row.from(),
                        row.draft() ? Messages.draftMark + ": " + row.subject() : row.subject(),
                        EmailTexts.time(row.arrived()) });
                item.setData(row);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(table);
        retrieve = Accessibility.tagged(new Button(pane, SWT.PUSH), RETRIEVE, Messages.retrieve.replace("&", ""));
        retrieve.setText(Messages.retrieve);
        retrieve.setEnabled(false);
        retrieve.addListener(SWT.Selection, e -> retrieveSelected(onRetrieve));
        table.addListener(SWT.Selection, e -> retrieve.setEnabled(selected() != null));
        table.addListener(SWT.DefaultSelection, e -> retrieveSelected(onRetrieve));
    }

    /** The queue's list: where the keyboard focus goes when the email worked on leaves the view. */
    Control control() {
        return table;
    }

    private void retrieveSelected(Consumer<EmailQueue.Item> onRetrieve) {
        EmailQueue.Item item = selected();
        if (item != null) {
            onRetrieve.accept(item);
        }
    }

    private EmailQueue.Item selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    /** Shows the queues as the server listed them; the selected queue stays selected. */
    void show(List<EmailQueue> next) {
        if (table.isDisposed() || next.equals(queues)) {
            return;
        }
        queues = List.copyOf(next);
        if (selectedQueue == null || queues.stream().noneMatch(q -> q.id().equals(selectedQueue))) {
            selectedQueue = queues.isEmpty() ? null : queues.get(0).id();
        }
        for (var c : buttons.getChildren()) {
            c.dispose();
        }
        for (EmailQueue q : queues) {
            String text = q.kind() == EmailQueue.Kind.PERSONAL ? NLS.bind(Messages.personalQueue, q.count())
                    : NLS.bind(Messages.teamQueue, q.name(), q.count());
            Button b = Accessibility.tagged(new Button(buttons, SWT.TOGGLE), BUTTONS + "." + q.id(), text);
            b.setText(text.replace("&", "&&"));
            b.setSelection(q.id().equals(selectedQueue));
            b.addListener(SWT.Selection, e -> {
                selectedQueue = q.id();
                for (var other : buttons.getChildren()) {
                    ((Button) other).setSelection(other == b);
                }
                fill();
            });
        }
        GridLayoutFactory.fillDefaults().numColumns(Math.max(1, queues.size())).applyTo(buttons);
        buttons.getParent().layout(true, true);
        fill();
    }

    private void fill() {
        List<EmailQueue.Item> items = new ArrayList<>();
        queues.stream().filter(q -> q.id().equals(selectedQueue)).findFirst().ifPresent(q -> items.addAll(q.items()));
        rows = List.copyOf(items);
        table.clearAll();
        table.setItemCount(rows.size());
        retrieve.setEnabled(selected() != null);
    }
}
