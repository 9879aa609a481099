package org.switchboard.email.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.EmailQueue;
import org.switchboard.connector.EmailService;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.Channel;
import org.switchboard.desktop.services.EmailDrafts;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Failures;
import org.switchboard.ui.FocusKeeper;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.reply.ReplyTargets;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;
import org.switchboard.ui.wrapup.WrapUps;

/**
 * The email channel's view: the team and personal queues with their counts and emails (retrieve one
 * to work on it) and the email being worked on with its case's thread, the
 * reading pane and the reply editor, whose text is saved to the local store after each pause in
 * typing and every few seconds while typing goes on, and comes back after a crash or a restart.
 * Wrap-up follows a reply or a close in the shared dialog. Every
 * change comes from the session's events on the UI thread; the queues are read again after each and
 * every few seconds.
 */
public class EmailView {

    public static final String NOTICE = "email.notice";
    public static final String NONE = "email.none";
    static final int QUEUE_REFRESH_MILLIS = 5000;
    static final int TYPING_PAUSE_MILLIS = 1500;
    private static final int SIDE_BY_SIDE_WIDTH = 640;

    private final ConnectorListener listener = this::onEvent;
    private final Runnable refreshTimer = this::refreshQueuesRepeatedly;
    private final Runnable autosave = this::saveDraftLocally;
    private EmailDrafts drafts;
    /** The reply changed since it was last saved to the local store. */
    private boolean typed;
    private AgentSession session;
    private UiEventRunner ui;
    private Composite parent;
    private org.eclipse.swt.widgets.Display display;
    private Label notice;
    private Composite right;
    private StackLayout stack;
    private Label none;
    private EmailQueuesPane queues;
    private EmailWorkArea work;
    private WrapUps wrapUps;
    private ReplyTargets replies;

    @PostConstruct
    public void createControls(Composite parent, AgentSession session, EmailDrafts drafts, ReplyTargets replies) {
        this.parent = parent;
        this.replies = replies;
        this.drafts = drafts;
        this.display = parent.getDisplay();
        this.session = session;
        this.ui = new UiEventRunner(parent.getDisplay());
        this.wrapUps = new WrapUps(parent.getShell(), ui,
                (id, disposition, notes, followUp) -> emails().map(e -> (CompletionStage<?>) e.wrapUp(id, disposition, notes, followUp))
                        .orElse(CompletableFuture.failedFuture(new IllegalStateException(Messages.notLoggedIn))),
                id -> session.interactionsOn(Channel.EMAIL).get(id),
                email -> NLS.bind(Messages.wrapUpFor, EmailTexts.customer(email)), (id, text) -> say(text),
                session::wrapUpCatalog);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.title);
        title.setFont(JFaceResources.getHeaderFont());
        notice = Accessibility.tagged(new Label(parent, SWT.WRAP), NOTICE, Messages.title);
        notice.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notice);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        queues = new EmailQueuesPane(sash, this::retrieve);
        right = new Composite(sash, SWT.NONE);
        stack = new StackLayout();
        right.setLayout(stack);
        none = WidgetIds.tag(new Label(right, SWT.WRAP), NONE);
        none.setText(Messages.noEmail);
        work = new EmailWorkArea(right, new Actions());
        work.onReplyFocus(() -> replies.offer(work));
        work.onTyping(() -> {
            typed = true;
            display.timerExec(TYPING_PAUSE_MILLIS, autosave);
        });
        stack.topControl = none;
        sash.setWeights(1, 2);
        sash.addListener(SWT.Resize, e -> fit(sash));
        session.addListener(listener);
        resync();
        display.timerExec(QUEUE_REFRESH_MILLIS, refreshTimer);
    }

    /**
     * Queues beside the email being worked on where the view is wide, above it where it shares a narrow
     * column with other views: side by side at 420 px both were cut.
     */
    private static void fit(SashForm sash) {
        int orientation = sash.getSize().x < SIDE_BY_SIDE_WIDTH ? SWT.VERTICAL : SWT.HORIZONTAL;
        if (sash.getOrientation() != orientation) {
            sash.setOrientation(orientation);
            sash.setWeights(orientation == SWT.VERTICAL ? new int[] { 2, 5 } : new int[] { 1, 2 });
        }
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        replies.withdraw(work);
        if (!display.isDisposed()) {
            display.timerExec(-1, refreshTimer);
            display.timerExec(-1, autosave);
        }
        saveDraftLocally();
        wrapUps.closeAll();
    }

    private void onEvent(ConnectorEvent event) {
        if (parent.isDisposed()) {
            return;
        }
        switch (event) {
            case ConnectorEvent.ConnectionChanged c -> resync();
            case ConnectorEvent.StateReconciled r -> resync();
            case ConnectorEvent.InteractionOffered o -> update(o.interaction());
            case ConnectorEvent.InteractionChanged c -> update(c.interaction());
            case ConnectorEvent.InteractionEnded e -> ended(e.interactionId());
            case ConnectorEvent.ActionRefused r -> {
                if (!"WRAP_UP".equals(r.action()) && session.interactionsOn(Channel.EMAIL).containsKey(r.interactionId())) {
                    say(NLS.bind(Messages.refused, r.message()));
                }
            }
            case ConnectorEvent.Notice n -> {
                if (n.interactionId() != null && session.interactionsOn(Channel.EMAIL).containsKey(n.interactionId())) {
                    say(n.message());
                }
            }
            default -> {
                // agent state, the outbox and other channels belong to other views
            }
        }
    }

    private void resync() {
        Map<String, InteractionInfo> now = session.interactionsOn(Channel.EMAIL);
        if (work.email() != null && !now.containsKey(work.email().id())) {
            showNone();
        }
        now.values().forEach(this::update);
        refreshQueues();
    }

    private void update(InteractionInfo email) {
        if (email.channel() != Channel.EMAIL) {
            return;
        }
        if (EmailTexts.offered(email)) {
            return;
        }
        wrapUps.update(email);
        boolean workable = EmailTexts.allows(email, "REPLY");
        if (workable && (work.email() == null || work.email().id().equals(email.id()))) {
            EmailDetails details = emails().flatMap(e -> e.details(email.id())).orElse(null);
            boolean opened = work.email() == null;
            work.show(email, details);
            if (opened) {
                restoreLocalDraft(email.id());
                replies.offer(work);
            }
            stack.topControl = work.control();
            right.layout(true, true);
        } else if (!workable && work.email() != null && work.email().id().equals(email.id())) {
            showNone();
        }
        refreshQueues();
    }

    private void ended(String id) {
        wrapUps.forget(id);
        if (work.email() != null && work.email().id().equals(id)) {
            showNone();
        }
        refreshQueues();
    }

    private void showNone() {
        // the reply being typed goes out of sight: GTK would leave the window without a focus, and
        // the workbench's keys (answer a call) would stop working until the agent clicks somewhere
        FocusKeeper.moveOut(work.control(), queues.control());
        replies.withdraw(work);
        work.clear();
        stack.topControl = none;
        right.layout(true, true);
    }

    /** Saves the reply being typed, if it changed, to the local store (off the UI thread). */
    private void saveDraftLocally() {
        InteractionInfo email = work.email();
        if (!typed || email == null) {
            return;
        }
        typed = false;
        drafts.save(agentId(), email.id(), work.replyText()).whenComplete((done, failure) -> {
            if (failure != null) {
                ui.execute(() -> say(Failures.notDone("saving the draft", failure)));
            }
        });
    }

    /** A reply the agent was typing before a crash or restart comes back, unless the server kept a draft. */
    private void restoreLocalDraft(String interactionId) {
        String agent = agentId();
        drafts.find(agent, interactionId).thenAccept(found -> found.ifPresent(text -> ui.execute(() -> {
            if (!parent.isDisposed() && work.email() != null && work.email().id().equals(interactionId)) {
                work.restore(text);
            }
        })));
    }

    private String agentId() {
        return session.session().map(ConnectorSession::agentId).orElse("");
    }

    private void forgetLocalDraft(String interactionId) {
        typed = false;
        display.timerExec(-1, autosave);
        drafts.delete(agentId(), interactionId);
    }

    private void refreshQueuesRepeatedly() {
        if (parent.isDisposed()) {
            return;
        }
        saveDraftLocally();
        refreshQueues();
        display.timerExec(QUEUE_REFRESH_MILLIS, refreshTimer);
    }

    /** Reads the queues off the UI thread and shows them on it. */
    private void refreshQueues() {
        emails().ifPresent(e -> e.queues().whenComplete((list, failure) -> ui.execute(() -> {
            if (parent.isDisposed()) {
                return;
            }
            if (failure != null) {
                say(NLS.bind(Messages.queuesUnavailable, Failures.plain(failure)));
            } else {
                queues.show(list);
            }
        })));
    }

    private Optional<EmailService> emails() {
        return session.adapt(EmailService.class);
    }

    private void say(String text) {
        if (!parent.isDisposed()) {
            notice.setText(text == null ? "" : text.replace("&", "&&"));
            parent.layout(true, true);
        }
    }

    private void retrieve(EmailQueue.Item item) {
        emails().ifPresent(e -> report("RETRIEVE", e.retrieve(item.interactionId()), null));
    }

    /** Shows a failure in the view's notice; a reply that was not taken goes back into the editor. */
    private void report(String what, CompletionStage<?> stage, String text) {
        say("");
        stage.whenComplete((done, failure) -> {
            if (failure != null) {
                ui.execute(() -> {
                    say(Failures.notDone(what.toLowerCase().replace('_', ' '), failure));
                    if (text != null) {
                        work.restore(text);
                    }
                });
            }
            ui.execute(this::refreshQueues);
        });
    }

    /** What the work area's buttons do. */
    private final class Actions implements EmailWorkArea.Actions {

        @Override
        public void send(InteractionInfo email, String text) {
            if (email == null) {
                return;
            }
            if (text == null || text.isBlank()) {
                say(Messages.emptyReply);
                return;
            }
            work.replied();
            // the reply is in the outbox now, which keeps it until the server has it
            forgetLocalDraft(email.id());
            emails().ifPresent(e -> report("REPLY", e.reply(email.id(), text), text));
        }

        @Override
        public void saveDraft(InteractionInfo email, String text) {
            if (email != null) {
                emails().ifPresent(e -> report("SAVE_DRAFT", e.saveDraft(email.id(), text), text));
            }
        }

        @Override
        public void closeWithoutReply(InteractionInfo email) {
            if (email != null) {
                forgetLocalDraft(email.id());
                emails().ifPresent(e -> report("CLOSE_WITHOUT_REPLY", e.closeWithoutReply(email.id()), null));
            }
        }
    }
}
