package org.switchboard.voice.ui.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.DirectoryService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.agent.AgentState;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * A search over directory entries: the search field (asked after typing pauses), Refresh, the table
 * of entries (name, type, presence, ID or number) and a status line. Entries come from a
 * {@link Source} off the UI thread; an answer to an older request than the latest is dropped. Shared
 * by the directory and the consult / transfer dialogs; each gives its widgets an ID prefix.
 */
final class DirectorySearch {

    /** How long typing must pause before the source is asked. */
    static final int SEARCH_DELAY_MS = 300;

    /** Where entries come from and how its failures and empty answers read. */
    interface Source {

        CompletionStage<List<DirectoryEntry>> find(String query);

        default String failed(String why) {
            return NLS.bind(DirectoryMessages.searchFailed, why);
        }

        /** What an empty answer to an empty query says. */
        default String empty() {
            return "";
        }
    }

    private final Source source;
    private final Executor ui;
    private final Text search;
    private final Table table;
    private final Label status;
    private final Runnable searchLater = this::load;
    private Function<DirectoryEntry, String> names = DirectoryEntry::name;
    private Runnable shown = () -> {
    };
    /** Answers to older requests than the latest are dropped. */
    private long request;

    DirectorySearch(Composite parent, String idPrefix, Source source) {
        this.source = source;
        this.ui = new UiEventRunner(parent.getDisplay());
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);

        new Label(box, SWT.NONE).setText(DirectoryMessages.searchLabel + ":");
        search = Accessibility.tagged(new Text(box, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), idPrefix + ".search",
                DirectoryMessages.searchLabel);
        search.setMessage(DirectoryMessages.searchHint);
        search.setTextLimit(DirectoryService.MAX_QUERY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        Button refresh = Accessibility.tagged(new Button(box, SWT.PUSH), idPrefix + ".refresh",
                Messages.plain(DirectoryMessages.refresh));
        refresh.setText(DirectoryMessages.refresh);

        table = Accessibility.tagged(new Table(box, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL),
                idPrefix + ".table", DirectoryMessages.title);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(DirectoryMessages.column_NAME, 190);
        column(DirectoryMessages.column_KIND, 90);
        column(DirectoryMessages.column_PRESENCE, 90);
        column(DirectoryMessages.column_TARGET, 130);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(520, 220).applyTo(table);

        status = WidgetIds.tag(new Label(box, SWT.WRAP), idPrefix + ".status");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(status);

        search.addListener(SWT.Modify, e -> {
            box.getDisplay().timerExec(-1, searchLater);
            box.getDisplay().timerExec(SEARCH_DELAY_MS, searchLater);
        });
        search.addListener(SWT.DefaultSelection, e -> load());
        refresh.addListener(SWT.Selection, e -> load());
        box.addDisposeListener(e -> box.getDisplay().timerExec(-1, searchLater));
    }

    /** The server's directory, through the connector's {@link DirectoryService}. */
    static Source directoryOf(AgentSession session) {
        return query -> session.adapt(DirectoryService.class)
                .map(d -> d.search(query))
                .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException(DirectoryMessages.notConnected)));
    }

    /** The directory without the agent itself, who can be neither consulted nor transferred to. */
    static Source othersOf(AgentSession session) {
        Source all = directoryOf(session);
        return query -> all.find(query).thenApply(entries -> {
            String self = session.session().map(s -> s.agentId()).orElse(null);
            return entries.stream()
                    .filter(e -> !(e.kind() == TransferTarget.Kind.AGENT && e.id().equals(self))).toList();
        });
    }

    /** How an entry's name reads (the directory stars favorites). */
    void names(Function<DirectoryEntry, String> names) {
        this.names = names;
    }

    /** Runs after each answer is shown (the selection may have gone). */
    void onShown(Runnable shown) {
        this.shown = shown;
    }

    Text searchField() {
        return search;
    }

    /** Row chosen ({@link SWT#Selection}) or opened ({@link SWT#DefaultSelection}). */
    void onRow(int eventType, Listener listener) {
        table.addListener(eventType, listener);
    }

    boolean isDisposed() {
        return table.isDisposed();
    }

    /** Asks the source for entries matching the search text; a newer request supersedes it. */
    void load() {
        if (table.isDisposed()) {
            return;
        }
        table.getDisplay().timerExec(-1, searchLater);
        long mine = ++request;
        String query = search.getText().strip();
        say(DirectoryMessages.searching);
        CompletionStage<List<DirectoryEntry>> answer;
        try {
            answer = source.find(query);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenCompleteAsync((entries, failure) -> {
            if (mine != request || table.isDisposed()) {
                return;
            }
            if (failure != null) {
                say(source.failed(OutboundCalls.cause(failure).getMessage()));
                return;
            }
            show(entries, query);
        }, ui);
    }

    private void show(List<DirectoryEntry> entries, String query) {
        DirectoryEntry selected = selected();
        table.removeAll();
        for (DirectoryEntry e : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { names.apply(e), DirectoryMessages.get("kind_" + e.kind().name()),
                    e.presence() == null ? "" : DirectoryMessages.get("presence_" + e.presence().name()), e.id() });
            item.setData(e);
            if (e.presence() != null) {
                item.setForeground(2, table.getDisplay().getSystemColor(presenceColor(e.presence())));
            }
            if (selected != null && selected.target().equals(e.target())) {
                table.setSelection(item);
            }
        }
        if (!entries.isEmpty()) {
            say(entries.size() == 1 ? DirectoryMessages.foundOne : NLS.bind(DirectoryMessages.found, entries.size()));
        } else if (!query.isEmpty()) {
            say(NLS.bind(DirectoryMessages.noneFound, query));
        } else {
            say(source.empty());
        }
        shown.run();
    }

    /** Ready green, working red, Not Ready and RONA amber, logged out grey: presence at a glance. */
    private static int presenceColor(AgentState state) {
        return switch (state) {
            case READY -> SWT.COLOR_DARK_GREEN;
            case BUSY, RESERVED, WRAP_UP -> SWT.COLOR_DARK_RED;
            case NOT_READY, RONA -> SWT.COLOR_DARK_YELLOW;
            case LOGGED_OUT -> SWT.COLOR_DARK_GRAY;
        };
    }

    /** Reads the names again, after the favorites changed. */
    void renameRows() {
        for (TableItem item : table.getItems()) {
            item.setText(0, names.apply((DirectoryEntry) item.getData()));
        }
    }

    DirectoryEntry selected() {
        if (table.isDisposed()) {
            return null;
        }
        TableItem[] items = table.getSelection();
        return items.length == 0 ? null : (DirectoryEntry) items[0].getData();
    }

    void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text == null ? "" : text);
            status.getParent().layout(true);
        }
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }
}
