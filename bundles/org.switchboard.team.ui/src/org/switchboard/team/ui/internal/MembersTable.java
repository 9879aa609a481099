package org.switchboard.team.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.connector.TeamMember;
import org.switchboard.ui.Accessibility;

/** The team's agents: one row each with state, time in state, what it works on and for whom. */
final class MembersTable {

    static final String ID = "team.members";

    private final Table table;
    private List<TeamMember> shown = List.of();

    MembersTable(Composite parent) {
        table = Accessibility.tagged(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), ID,
                Messages.title);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : List.of(Messages.columnAgent, Messages.columnState, Messages.columnTime,
                Messages.columnInteraction, Messages.columnCustomer)) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(name);
            c.setWidth(name.equals(Messages.columnTime) ? 110 : 140);
        }
    }

    Table control() {
        return table;
    }

    /** The member of the selected row, if any. */
    java.util.Optional<TeamMember> selected() {
        int i = table.getSelectionIndex();
        return i >= 0 && i < shown.size() ? java.util.Optional.of(shown.get(i)) : java.util.Optional.empty();
    }

    void onSelection(Runnable changed) {
        table.addListener(SWT.Selection, e -> changed.run());
    }

    void show(List<TeamMember> members, Instant now) {
        shown = new ArrayList<>(members);
        table.setItemCount(shown.size());
        refresh(now);
    }

    /** Writes every row again: the times in state move on every second. */
    void refresh(Instant now) {
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length && i < shown.size(); i++) {
            TeamMember m = shown.get(i);
            String name = m.name() == null ? m.agentId() : m.name();
            items[i].setText(new String[] { m.away() ? NLS.bind(Messages.away, name) : name,
                    TeamTexts.state(m.state(), m.reasonCode()), TeamTexts.elapsed(m.since(), now),
                    TeamTexts.interaction(m.channel(), m.interactionState()),
                    m.customer() == null ? "" : m.customer() });
        }
    }
}
