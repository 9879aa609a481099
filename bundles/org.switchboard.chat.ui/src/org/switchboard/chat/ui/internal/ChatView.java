package org.switchboard.chat.ui.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.ChatService;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.Channel;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.desktop.services.CannedResponses;
import org.switchboard.desktop.services.ContentTypes;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.Failures;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.reply.ReplyTargets;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.QueueNames;
import org.switchboard.ui.session.UiEventRunner;
import org.switchboard.ui.wrapup.WrapUps;

/**
 * The chat channel's view: chat requests in popovers, each accepted chat in its own tab (up to the
 * agent's chat capacity, which the server enforces), canned responses, transfer, end and wrap-up,
 * and a mobile chat's phone number, location and pictures. Every change comes from the session's
 * events on the UI thread; actions go to the connector and their refusals are shown in the chat.
 */
public class ChatView {

    public static final String NO_CHATS = "chat.nochats";
    public static final String NOTICE = "chat.notice";
    public static final String TABS = "chat.tabs";

    private final ConnectorListener listener = this::onEvent;
    private final Map<String, ChatTab> tabs = new LinkedHashMap<>();
    private boolean online = true;
    private final Set<String> seen = new HashSet<>();
    private WrapUps wrapUps;
    private Pictures pictures;
    private AgentSession session;
    private CannedResponses canned;
    private ReplyTargets replies;
    private Composite parent;
    private CTabFolder folder;
    private Label noChats;
    private Label notice;
    private ChatOfferPopover offers;
    private ChatMessageAnnouncer announcements;
    private UiEventRunner ui;

    @PostConstruct
    public void createControls(Composite parent, AgentSession session, CannedResponses canned,
            ContentTypes contentTypes, Announcer announcer, ReplyTargets replies) {
        this.parent = parent;
        this.replies = replies;
        this.announcements = new ChatMessageAnnouncer(parent.getShell(), announcer);
        this.session = session;
        this.canned = canned;
        this.pictures = new Pictures(contentTypes);
        this.ui = new UiEventRunner(parent.getDisplay());
        this.wrapUps = new WrapUps(parent.getShell(), ui,
                (id, disposition, notes, followUp) -> chats().map(c -> (CompletionStage<?>) c.wrapUp(id, disposition, notes, followUp))
                        .orElse(CompletableFuture.failedFuture(new IllegalStateException(Messages.notLoggedIn))),
                id -> session.interactionsOn(Channel.CHAT).get(id),
                chat -> NLS.bind(Messages.wrapUpFor, ChatTexts.customer(chat)), this::sayIn, session::wrapUpCatalog);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.chatTitle);
        title.setFont(JFaceResources.getHeaderFont());
        notice = Accessibility.tagged(new Label(parent, SWT.WRAP), NOTICE, Messages.chatTitle);
        notice.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notice);
        noChats = WidgetIds.tag(new Label(parent, SWT.WRAP), NO_CHATS);
        noChats.setText(Messages.noChats);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(noChats);
        folder = Accessibility.tagged(new CTabFolder(parent, SWT.BORDER | SWT.TOP), TABS, Messages.chatTitle);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
        folder.addListener(SWT.Selection, e -> selected());
        QueueNames queues = new QueueNames(session, parent.getDisplay(), () -> offers.refresh());
        offers = new ChatOfferPopover(parent.getShell(), this::act, queues::of);
        session.addListener(listener);
        resync();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        offers.close();
        wrapUps.closeAll();
        tabs.values().forEach(replies::withdraw);
        tabs.values().forEach(t -> t.dispose(parent));
        tabs.clear();
        pictures.close();
    }

    private void onEvent(ConnectorEvent event) {
        if (parent.isDisposed()) {
            return;
        }
        switch (event) {
            case ConnectorEvent.ConnectionChanged c -> {
                online = c.state() == ConnectionState.CONNECTED || c.state() == ConnectionState.FAILED_OVER;
                resync();
            }
            case ConnectorEvent.StateReconciled r -> resync();
            case ConnectorEvent.InteractionOffered o -> update(o.interaction());
            case ConnectorEvent.InteractionChanged c -> update(c.interaction());
            case ConnectorEvent.InteractionEnded e -> remove(e.interactionId());
            case ConnectorEvent.ActionRefused r -> {
                // wrap-ups show in their dialog, calls in the voice view
                if (!"WRAP_UP".equals(r.action()) && session.interactionsOn(Channel.CHAT).containsKey(r.interactionId())) {
                    sayIn(r.interactionId(), NLS.bind(Messages.refused, r.message()));
                }
            }
            case ConnectorEvent.Notice n -> sayIn(n.interactionId(), n.message());
            case ConnectorEvent.CustomerTyping t -> {
                ChatTab tab = tabs.get(t.interactionId());
                if (tab != null) {
                    tab.customerTyping(t.typing());
                }
            }
            default -> {
                // agent state and outbox belong to the agent-state bar
            }
        }
    }

    private void resync() {
        Map<String, InteractionInfo> now = session.interactionsOn(Channel.CHAT);
        offers.retainOnly(now.keySet());
        for (String id : Set.copyOf(tabs.keySet())) {
            if (!now.containsKey(id)) {
                remove(id);
            }
        }
        now.values().forEach(this::update);
        relayout();
    }

    private void update(InteractionInfo chat) {
        if (chat.channel() != Channel.CHAT) {
            return;
        }
        seen.add(chat.id());
        if (ChatTexts.offered(chat)) {
            offers.show(chat);
            return;
        }
        offers.remove(chat.id());
        ChatDetails details = chats().flatMap(c -> c.details(chat.id())).orElse(null);
        ChatTab tab = tabs.get(chat.id());
        if (tab == null) {
            if (chat.allowedActions().isEmpty() && !chat.wrapUpOwed()) {
                return;
            }
            tab = new ChatTab(folder, chat, agentId(), new TabActions());
            tabs.put(chat.id(), tab);
            tab.setOnline(online);
            tab.update(chat, details);
            folder.setSelection(tab.item());
            tab.selected();
            replies.offer(tab);
        } else {
            tab.setOnline(online);
            tab.update(chat, details);
        }
        announcements.update(chat, agentId());
        wrapUps.update(chat);
        relayout();
    }

    private void remove(String id) {
        offers.remove(id);
        ChatTab tab = tabs.remove(id);
        if (tab != null) {
            replies.withdraw(tab);
            tab.dispose(parent);
        }
        announcements.forget(id);
        wrapUps.forget(id);
        relayout();
    }

    private void selected() {
        CTabItem item = folder.getSelection();
        tabs.values().stream().filter(t -> t.item() == item).findFirst().ifPresent(t -> {
            t.selected();
            replies.offer(t);
        });
    }

    /**
     * Lays the view out when it switches between "no chats" and the tabs; each tab lays out its own
     * content, since a layout of the whole view measures every transcript line of every chat again.
     */
    private void relayout() {
        if (parent.isDisposed()) {
            return;
        }
        boolean none = tabs.isEmpty();
        if (folder.getVisible() == !none && noChats.getVisible() == none) {
            return;
        }
        noChats.setVisible(none);
        ((GridData) noChats.getLayoutData()).exclude = !none;
        folder.setVisible(!none);
        ((GridData) folder.getLayoutData()).exclude = none;
        parent.layout(true, true);
    }

    private java.util.Optional<ChatService> chats() {
        return session.adapt(ChatService.class);
    }

    private String agentId() {
        return session.session().map(ConnectorSession::agentId).orElse("");
    }

    /** The name the server knows the agent by ({@code {agentName}}), or the id while it has not said. */
    private String agentName() {
        return session.adapt(AgentStateService.class).map(s -> s.current().name()).orElseGet(this::agentId);
    }

    private void act(InteractionInfo chat, ChatAction action) {
        chats().ifPresent(c -> report(chat.id(), action.name(), switch (action) {
            case ACCEPT -> c.accept(chat.id());
            case REJECT -> c.reject(chat.id());
            case END -> c.end(chat.id());
            default -> throw new IllegalArgumentException(action + " takes parameters");
        }, null));
    }

    /** Shows a failure in the chat's tab (or the view, when the chat has none); a refused message goes back in its box. */
    private void report(String chatId, String what, CompletionStage<?> stage, String refusedText) {
        sayIn(chatId, "");
        stage.whenComplete((done, failure) -> {
            if (failure != null) {
                ui.execute(() -> {
                    sayIn(chatId, Failures.notDone(ChatTexts.actionName(what), failure));
                    ChatTab tab = tabs.get(chatId);
                    if (refusedText != null && tab != null) {
                        tab.restore(refusedText);
                    }
                });
            }
        });
    }

    private void sayIn(String chatId, String text) {
        if (parent.isDisposed()) {
            return;
        }
        ChatTab tab = chatId == null ? null : tabs.get(chatId);
        if (tab != null) {
            tab.say(text);
        } else if (chatId != null && isChat(chatId)) {
            notice.setText(text == null ? "" : text.replace("&", "&&"));
            parent.layout(true, true);
        }
    }

    /** A chat this view showed, even one already gone: a notice about it (declined, say) comes after. */
    private boolean isChat(String id) {
        return seen.contains(id) || session.adapt(TelephonyService.class).map(t -> t.interactions().stream()
                .anyMatch(i -> i.id().equals(id) && i.channel() == Channel.CHAT)).orElse(false);
    }

    /** What the controls of a chat's tab do. */
    private final class TabActions implements ChatTab.Actions {

        @Override
        public void send(ChatTab tab, String text) {
            String refusal = ChatTexts.refusal(text);
            if (refusal != null) {
                tab.say(refusal);
                return;
            }
            tab.sent();
            chats().ifPresent(c -> report(tab.chat().id(), ChatAction.SEND.name(), c.send(tab.chat().id(), text), text));
        }

        @Override
        public void act(InteractionInfo chat, ChatAction action) {
            ChatView.this.act(chat, action);
        }

        @Override
        public void transfer(InteractionInfo chat) {
            new ChatTransferDialog(parent.getShell(), target -> chats().ifPresent(
                    c -> report(chat.id(), ChatAction.TRANSFER.name(), c.transfer(chat.id(), target), null))).open();
        }

        @Override
        public void wrapUp(InteractionInfo chat) {
            wrapUps.reopen(chat);
        }

        @Override
        public void callCustomer(InteractionInfo chat) {
            chats().ifPresent(c -> report(chat.id(), ChatTab.CALL_CUSTOMER, c.callCustomer(chat.id()), null));
        }

        @Override
        public void writing(ChatTab tab) {
            replies.offer(tab);
        }

        @Override
        public void canned(ChatTab tab) {
            new CannedResponsesDialog(parent.getShell(), canned, tab.agentId(),
                    response -> Placeholders.insert(tab, response, agentName())).open();
        }

        @Override
        public void openMap(ChatDetails.Location location) {
            // Hands the address to the desktop's browser and returns; nothing is loaded here.
            Program.launch(ChatTexts.mapUrl(location));
        }

        @Override
        public void loadPicture(ChatTab tab, ChatDetails.Picture picture) {
            chats().ifPresent(c -> pictures.load(c, tab.chat().id(), picture, ui, outcome -> tab.pictureLoaded(picture,
                    outcome, () -> {
                        if (outcome instanceof Pictures.Outcome.Shown shown) {
                            PictureDialog.open(parent.getShell(), picture.fileName(), shown.picture().full(),
                                    shown.picture().width(), shown.picture().height());
                        }
                    })));
        }
    }
}
