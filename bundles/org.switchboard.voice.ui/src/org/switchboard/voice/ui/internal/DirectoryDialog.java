package org.switchboard.voice.ui.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.Channel;
import org.switchboard.core.voice.CallAction;
import org.switchboard.desktop.services.CallListEntry;
import org.switchboard.desktop.services.CallLists;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.DialogHeading;
import org.switchboard.ui.Failures;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * The directory: agents with their presence, queues, entry points and numbers, searched on the server
 * as the agent types (after a pause, off the UI thread); the agent's favorites and recent calls. A
 * selected entry can be called (agents and numbers), consulted from the call in progress, and added
 * to or removed from the favorites. Not modal: the agent keeps working beside it.
 */
final class DirectoryDialog extends Dialog {

    static final String SHELL = "voice.directory";
    private static final String PREFIX = "voice.directory";
    static final String SHOW = "voice.directory.show";
    static final String CALL = "voice.directory.call";
    static final String CONSULT = "voice.directory.consult";
    static final String FAVORITE = "voice.directory.favorite";

    enum Show {
        DIRECTORY, FAVORITES, RECENT
    }

    private static final Show[] SHOWS = Show.values();

    private final AgentSession session;
    private final CallLists lists;
    private final OutboundCalls calls;
    private final CallPermission permission;
    private final org.switchboard.connector.ConnectorListener interactionsChanged = e -> {
        if (e instanceof org.switchboard.connector.ConnectorEvent.InteractionChanged
                || e instanceof org.switchboard.connector.ConnectorEvent.InteractionEnded
                || e instanceof org.switchboard.connector.ConnectorEvent.StateReconciled) {
            enableActions();
        }
    };
    private final Runnable permissionChanged = this::enableActions;
    private final Runnable historyChanged = () -> {
        if (selectedShow() == Show.RECENT && this.search != null) {
            this.search.load();
        }
    };
    private final Set<String> favorites = new HashSet<>();
    private Executor ui;
    private Combo show;
    private DirectorySearch search;
    private Button call;
    private Button consult;
    private Button favorite;

    DirectoryDialog(Shell parent, AgentSession session, CallLists lists, OutboundCalls calls,
            CallPermission permission) {
        super(parent);
        this.session = session;
        this.lists = lists;
        this.calls = calls;
        this.permission = permission;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(DirectoryMessages.title);
        WidgetIds.tag(shell, SHELL);
        shell.addDisposeListener(e -> {
            calls.removeHistoryListener(historyChanged);
            permission.removeListener(permissionChanged);
            session.removeListener(interactionsChanged);
        });
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        ui = new UiEventRunner(parent.getDisplay());
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
        DialogHeading.add(area);

        Composite selector = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(selector);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(selector);
        new Label(selector, SWT.NONE).setText(DirectoryMessages.show + ":");
        show = Accessibility.tagged(new Combo(selector, SWT.READ_ONLY), SHOW, DirectoryMessages.show);
        for (Show s : SHOWS) {
            show.add(DirectoryMessages.get("show_" + s.name()));
        }
        show.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(show);

        search = new DirectorySearch(area, PREFIX, new Shown());
        search.names(this::name);
        search.onShown(this::enableActions);

        Composite actions = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
        call = action(actions, CALL, DirectoryMessages.call);
        consult = action(actions, CONSULT, DirectoryMessages.consult);
        favorite = WidgetIds.tag(new Button(actions, SWT.PUSH), FAVORITE);
        favorite.setText(DirectoryMessages.addFavorite);
        favorite.setEnabled(false);
        // Add or Remove, as the button says now
        favorite.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = Messages.plain(favorite.getText());
            }
        });

        show.addListener(SWT.Selection, e -> search.load());
        search.onRow(SWT.Selection, e -> enableActions());
        search.onRow(SWT.DefaultSelection, e -> callSelected());
        call.addListener(SWT.Selection, e -> callSelected());
        consult.addListener(SWT.Selection, e -> consultSelected());
        favorite.addListener(SWT.Selection, e -> toggleFavorite());
        calls.onHistoryChanged(historyChanged);
        // Call follows the agent's state, Consult the calls in progress
        permission.onChange(permissionChanged);
        session.addListener(interactionsChanged);
        search.searchField().setFocus();
        loadFavorites();
        search.load();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private Button action(Composite parent, String id, String text) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, Messages.plain(text));
        b.setText(text);
        b.setEnabled(false);
        return b;
    }

    private Show selectedShow() {
        return show == null || show.isDisposed() ? Show.DIRECTORY : SHOWS[Math.max(0, show.getSelectionIndex())];
    }

    /** What the selector shows: the server's directory, the favorites or the recent calls. */
    private final class Shown implements DirectorySearch.Source {

        @Override
        public CompletionStage<List<DirectoryEntry>> find(String query) {
            return switch (selectedShow()) {
                case DIRECTORY -> DirectorySearch.directoryOf(session).find(query);
                case FAVORITES -> stored(calls.agentId().map(lists::favorites), query);
                case RECENT -> stored(calls.agentId().map(lists::history), query);
            };
        }

        @Override
        public String failed(String why) {
            return selectedShow() == Show.DIRECTORY ? NLS.bind(DirectoryMessages.searchFailed, why)
                    : NLS.bind(DirectoryMessages.storeFailed, why);
        }

        @Override
        public String empty() {
            return switch (selectedShow()) {
                case RECENT -> DirectoryMessages.recentEmpty;
                case FAVORITES -> DirectoryMessages.favoritesEmpty;
                case DIRECTORY -> "";
            };
        }
    }

    private CompletionStage<List<DirectoryEntry>> stored(
            Optional<? extends CompletionStage<List<CallListEntry>>> lookup, String query) {
        if (lookup.isEmpty()) {
            return java.util.concurrent.CompletableFuture
                    .failedFuture(new IllegalStateException(DirectoryMessages.notConnected));
        }
        String q = query.toLowerCase(Locale.ROOT);
        return lookup.get().thenApply(list -> list.stream().map(OutboundCalls::entry)
                .filter(e -> q.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(q)
                        || e.id().toLowerCase(Locale.ROOT).contains(q))
                .toList());
    }

    private String name(DirectoryEntry e) {
        return favorites.contains(key(e.target())) ? NLS.bind(DirectoryMessages.favoriteMark, e.name()) : e.name();
    }

    private static String key(TransferTarget t) {
        return t.kind().name() + ":" + t.id();
    }

    private void loadFavorites() {
        calls.agentId().ifPresent(agent -> lists.favorites(agent).whenCompleteAsync((list, failure) -> {
            if (failure == null && !search.isDisposed()) {
                favorites.clear();
                list.forEach(f -> favorites.add(f.kind() + ":" + f.target()));
                refreshNames();
            }
        }, ui));
    }

    private void refreshNames() {
        search.renameRows();
        enableActions();
    }

    private DirectoryEntry selected() {
        return search == null ? null : search.selected();
    }

    private Optional<InteractionInfo> consultable() {
        return session.interactionsOn(Channel.VOICE).values().stream()
                .filter(i -> CallTexts.allows(i, CallAction.CONSULT)).findFirst();
    }

    private void enableActions() {
        if (search == null || search.isDisposed()) {
            return;
        }
        DirectoryEntry e = selected();
        boolean callable = e != null
                && (e.kind() == TransferTarget.Kind.AGENT || e.kind() == TransferTarget.Kind.NUMBER);
        call.setEnabled(callable && permission.allowed());
        call.setToolTipText(callable ? permission.whyNot() : null);
        consult.setEnabled(e != null && consultable().isPresent());
        favorite.setEnabled(e != null);
        boolean isFavorite = e != null && favorites.contains(key(e.target()));
        favorite.setText(isFavorite ? DirectoryMessages.removeFavorite : DirectoryMessages.addFavorite);
        favorite.getParent().layout(true);
    }

    private void callSelected() {
        DirectoryEntry e = selected();
        if (e == null || !call.isEnabled()) {
            return;
        }
        say(NLS.bind(DirectoryMessages.calling, e.name()));
        calls.call(e).thenAccept(problem -> {
            if (problem != null) {
                say(problem);
            }
        });
    }

    private void consultSelected() {
        DirectoryEntry e = selected();
        Optional<InteractionInfo> from = consultable();
        Optional<TelephonyService> phone = session.adapt(TelephonyService.class);
        if (e == null || from.isEmpty() || phone.isEmpty()) {
            enableActions();
            return;
        }
        phone.get().consult(from.get().id(), e.target()).whenCompleteAsync((done, failure) -> say(failure == null
                ? NLS.bind(DirectoryMessages.consultRequested, e.name())
                : Failures.notDone(Messages.plain(Messages.get("action_CONSULT")), OutboundCalls.cause(failure))),
                ui);
    }

    private void toggleFavorite() {
        DirectoryEntry e = selected();
        Optional<String> agent = calls.agentId();
        if (e == null || agent.isEmpty()) {
            return;
        }
        String key = key(e.target());
        boolean remove = favorites.contains(key);
        CompletionStage<?> change = remove ? lists.removeFavorite(agent.get(), e) : lists.addFavorite(agent.get(), e);
        change.whenCompleteAsync((done, failure) -> {
            if (search.isDisposed()) {
                return;
            }
            if (failure != null) {
                say(NLS.bind(DirectoryMessages.storeFailed, OutboundCalls.cause(failure).getMessage()));
                return;
            }
            if (remove) {
                favorites.remove(key);
            } else {
                favorites.add(key);
            }
            say(NLS.bind(remove ? DirectoryMessages.favoriteRemoved : DirectoryMessages.favoriteAdded, e.name()));
            if (selectedShow() == Show.FAVORITES) {
                search.load();
            } else {
                refreshNames();
            }
        }, ui);
    }

    private void say(String text) {
        if (search != null) {
            search.say(text);
        }
    }
}
