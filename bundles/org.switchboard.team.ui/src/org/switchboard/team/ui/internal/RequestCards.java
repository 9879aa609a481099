package org.switchboard.team.ui.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.HelpRequest;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * Open help requests, one line each with its buttons: a supervisor takes an open one and closes one
 * it took; an agent closes its own.
 */
final class RequestCards {

    static String id(String requestId, String part) {
        return "team.request." + requestId + "." + part;
    }

    private final Composite list;
    private final boolean supervising;
    private final Consumer<HelpRequest> take;
    private final Consumer<HelpRequest> close;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private Label none;

    RequestCards(Composite parent, boolean supervising, Consumer<HelpRequest> take, Consumer<HelpRequest> close) {
        this.supervising = supervising;
        this.take = take;
        this.close = close;
        list = WidgetIds.tag(new Composite(parent, SWT.NONE), "team.requests");
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(list);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
        none = none();
    }

    /** Updates the rows in place (a row keeps its widgets, and the focus, while its request is there). */
    void show(List<HelpRequest> requests) {
        Set<String> ids = new HashSet<>();
        for (HelpRequest r : requests) {
            ids.add(r.id());
            Row row = rows.computeIfAbsent(r.id(), id -> new Row(r));
            row.show(r);
        }
        for (String gone : Set.copyOf(rows.keySet())) {
            if (!ids.contains(gone)) {
                rows.remove(gone).dispose();
            }
        }
        if (none.isDisposed() == requests.isEmpty()) {
            if (requests.isEmpty()) {
                none = none();
            } else {
                none.dispose();
            }
        }
        list.getParent().layout(true, true);
    }

    private Label none() {
        Label l = WidgetIds.tag(new Label(list, SWT.NONE), "team.requests.none");
        l.setText(Messages.noRequests);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(l);
        return l;
    }

    /** One request's line and buttons. */
    private final class Row {
        private final Label line;
        private final Button takeIt;
        private final Button closeIt;
        private HelpRequest request;

        Row(HelpRequest r) {
            line = WidgetIds.tag(new Label(list, SWT.WRAP), id(r.id(), "line"));
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(line);
            takeIt = button(r, "take", Messages.take, () -> take.accept(request));
            closeIt = button(r, "close", Messages.close, () -> close.accept(request));
        }

        void show(HelpRequest r) {
            request = r;
            line.setText(TeamTexts.line(r));
            takeIt.setVisible(supervising);
            takeIt.setEnabled(supervising && r.status() == HelpRequest.Status.OPEN);
        }

        void dispose() {
            line.dispose();
            takeIt.dispose();
            closeIt.dispose();
        }
    }

    private Button button(HelpRequest r, String part, String text, Runnable action) {
        // the accessible name says whose request the button acts on
        Button b = Accessibility.tagged(new Button(list, SWT.PUSH), id(r.id(), part), text + " " + r.agentName());
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
