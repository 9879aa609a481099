package org.switchboard.calendar.ui.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.connector.CalendarService.FollowUp;
import org.switchboard.ui.Accessibility;

/** The follow-ups of the range shown, one row each, by due time; the selection is kept across refreshes. */
final class FollowUpTable {

    static final String ID = "calendar.followups";

    private final Table table;
    private final ZoneId zone;
    private List<FollowUp> shown = List.of();

    FollowUpTable(Composite parent, ZoneId zone, Runnable selectionChanged, Runnable opened) {
        this.zone = zone;
        table = Accessibility.tagged(new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL),
                ID, Messages.title);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.columnWhen, 230);
        column(Messages.columnKind, 80);
        column(Messages.columnContact, 160);
        column(Messages.columnNotes, 220);
        column(Messages.columnState, 90);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(table);
        table.addListener(SWT.Selection, e -> selectionChanged.run());
        table.addListener(SWT.DefaultSelection, e -> opened.run());
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    void show(List<FollowUp> followUps, boolean withDay) {
        String selected = selected().map(FollowUp::id).orElse(null);
        shown = List.copyOf(followUps);
        table.removeAll();
        for (FollowUp f : shown) {
            TableItem row = new TableItem(table, SWT.NONE);
            String who = f.contactName() != null ? f.contactName() : f.contactNumber();
            row.setText(new String[] { FollowUpTexts.when(f, zone, withDay), FollowUpTexts.kind(f),
                    who == null ? "" : who, f.notes().replace('\n', ' '), FollowUpTexts.state(f) });
            if (f.id().equals(selected)) {
                table.setSelection(row);
            }
        }
    }

    Optional<FollowUp> selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    void select(String followUpId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(followUpId)) {
                table.setSelection(i);
                table.showSelection();
            }
        }
    }
}
