package org.switchboard.voice.ui.internal;

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
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.Channel;
import org.switchboard.core.voice.CallAction;
import org.switchboard.desktop.services.CallLists;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Failures;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.DeferredLayout;
import org.switchboard.ui.session.QueueNames;
import org.switchboard.ui.session.UiEventRunner;
import org.switchboard.ui.wrapup.WrapUps;

/**
 * The voice channel's view: the control panel of every call the agent handles, the offer popovers
 * for calls and consult requests, the consult and transfer dialogs, the wrap-up dialog, and the
 * dial field. Every change comes from the session's events on the UI thread; actions go to the
 * connector and their refusals are shown here.
 */
public class VoiceView {

    public static final String NO_CALLS = "voice.nocalls";
    public static final String NOTICE = "voice.notice";

    private final ConnectorListener listener = this::onEvent;
    private boolean online = true;
    /** Calls this view showed, even ones already gone: a notice about one (declined, say) comes after. */
    private final Set<String> seenCalls = new HashSet<>();
    private final Map<String, InteractionPanel> panels = new LinkedHashMap<>();
    private WrapUps wrapUps;
    private AgentSession session;
    private ScrolledComposite scroll;
    private Point fitted;
    private DeferredLayout layout;
    /** The view's content, inside the scrolled composite. */
    private Composite parent;
    private Composite calls;
    private Label noCalls;
    private Label notice;
    private OfferPopover offers;
    private DialPad dialPad;
    private DirectoryDialog directory;
    private CallPermission permission;

    @PostConstruct
    public void createControls(Composite view, AgentSession session, CallLists callLists) {
        this.session = session;
        // Call panels with their variables grow; the view scrolls so the dial pad stays reachable
        view.setLayout(new FillLayout());
        scroll = new ScrolledComposite(view, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        parent = new Composite(scroll, SWT.NONE);
        scroll.setContent(parent);
        scroll.addListener(SWT.Resize, e -> fitScroll());
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.voiceTitle);
        title.setFont(JFaceResources.getHeaderFont());
        notice = Accessibility.tagged(new Label(parent, SWT.WRAP), NOTICE, Messages.voiceTitle);
        notice.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(notice);
        calls = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(calls);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(calls);
        noCalls = WidgetIds.tag(new Label(calls, SWT.WRAP), NO_CALLS);
        noCalls.setText(Messages.noCalls);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(noCalls);
        OutboundCalls outbound = new OutboundCalls(session, callLists, new UiEventRunner(parent.getDisplay()));
        permission = new CallPermission(session);
        new DialField(parent, outbound, permission, () -> openDirectory(callLists, outbound));
        dialPad = new DialPad(parent, this::sendTone);
        QueueNames queues = new QueueNames(session, parent.getDisplay(), () -> offers.refresh());
        offers = new OfferPopover(parent.getShell(), this::act, queues::of);
        wrapUps = new WrapUps(parent.getShell(), new UiEventRunner(parent.getDisplay()),
                (id, disposition, notes, followUp) -> session.adapt(TelephonyService.class)
                        .map(t -> (CompletionStage<?>) t.wrapUp(id, disposition, notes, followUp))
                        .orElse(CompletableFuture.failedFuture(new IllegalStateException(Messages.notLoggedIn))),
                id -> session.interactionsOn(Channel.VOICE).get(id),
                call -> NLS.bind(Messages.wrapUpFor, CallTexts.caller(call)), (id, text) -> say(text),
                session::wrapUpCatalog);
        session.addListener(listener);
        resync();
        tick();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        offers.close();
        wrapUps.closeAll();
        if (directory != null) {
            directory.close();
        }
        permission.dispose();
    }

    private void openDirectory(CallLists callLists, OutboundCalls outbound) {
        if (directory != null && directory.getShell() != null && !directory.getShell().isDisposed()) {
            directory.getShell().setActive();
            return;
        }
        directory = new DirectoryDialog(parent.getShell(), session, callLists, outbound, permission);
        directory.open();
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
                // conflicts show in the call data, wrap-ups in their dialog, chats in the chat view
                if (!CallDataEditor.CONFLICT_RULE.equals(r.rule()) && !"WRAP_UP".equals(r.action())
                        && (r.interactionId() == null || seenCalls.contains(r.interactionId()))) {
                    say(NLS.bind(Messages.refused, r.message()));
                }
            }
            case ConnectorEvent.Notice n -> {
                // a chat's notices belong to the chat view
                if (n.interactionId() == null || seenCalls.contains(n.interactionId())) {
                    say(n.message());
                }
            }
            default -> {
                // agent state and outbox belong to the agent-state bar
            }
        }
    }

    private void resync() {
        panels.values().forEach(p -> p.setOnline(online));
        Map<String, InteractionInfo> now = session.interactionsOn(Channel.VOICE);
        offers.retainOnly(now.keySet());
        for (String id : Set.copyOf(panels.keySet())) {
            if (!now.containsKey(id)) {
                remove(id);
            }
        }
        now.values().forEach(this::update);
        relayout();
    }

    private void update(InteractionInfo call) {
        if (call.channel() != Channel.VOICE) {
            return;
        }
        seenCalls.add(call.id());
        if (CallTexts.offered(call)) {
            if (!panels.containsKey(call.id()) && !notice.getText().isEmpty() && offers.isNew(call.id())) {
                // what was said of the last call is stale now, and is cleared while the agent looks at the offer
                say("");
            }
            offers.show(call);
            // An offer lives in its popover: the view itself changes only when the call had a panel.
            if (panels.containsKey(call.id())) {
                disposePanel(call.id());
                relayout();
            }
            return;
        }
        offers.remove(call.id());
        InteractionPanel panel = panels.get(call.id());
        if (panel == null) {
            panel = new InteractionPanel(calls, call, new PanelActions());
            panels.put(call.id(), panel);
        } else {
            panel.update(call);
        }
        panel.setOnline(online);
        wrapUps.update(call);
        relayout();
    }

    private void remove(String id) {
        offers.remove(id);
        disposePanel(id);
        wrapUps.forget(id);
        relayout();
    }

    private void disposePanel(String id) {
        InteractionPanel panel = panels.remove(id);
        if (panel != null) {
            panel.dispose(parent);
        }
    }

    private void relayout() {
        if (layout == null) {
            layout = new DeferredLayout(parent, this::layOut);
        }
        layout.request();
    }

    private void layOut() {
        dialPad.show(session.adapt(TelephonyService.class).map(t -> t.interactions().stream()
                .filter(i -> i.channel() == Channel.VOICE).toList()).orElse(java.util.List.of()));
        noCalls.setVisible(panels.isEmpty());
        ((org.eclipse.swt.layout.GridData) noCalls.getLayoutData()).exclude = !panels.isEmpty();
        parent.layout(true, true);
        fitScroll();
    }

    /** Scrolls as far as the content reaches at the view's width. */
    private void fitScroll() {
        if (scroll.isDisposed()) {
            return;
        }
        int width = scroll.getClientArea().width;
        Point natural = parent.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        int minWidth = Math.min(natural.x, 320);
        Point wrapped = parent.computeSize(Math.max(width, minWidth), SWT.DEFAULT);
        if (!wrapped.equals(fitted)) {
            fitted = wrapped;
            scroll.setMinSize(minWidth, wrapped.y);
        }
    }

    private void act(InteractionInfo call, CallAction action) {
        session.adapt(TelephonyService.class).ifPresent(t -> report(action.name(), t.perform(call.id(), action)));
    }

    private void sendTone(InteractionInfo call, String digit, Runnable sent) {
        session.adapt(TelephonyService.class).ifPresent(t -> {
            CompletionStage<?> stage = t.sendDtmf(call.id(), digit);
            report(CallAction.SEND_DTMF.name(), stage);
            stage.thenRunAsync(sent, new UiEventRunner(parent.getDisplay()));
        });
    }

    private void report(String what, CompletionStage<?> stage) {
        say("");
        UiEventRunner ui = new UiEventRunner(parent.getDisplay());
        stage.whenComplete((done, failure) -> {
            if (failure != null) {
                String action = Messages.plain(Messages.get("action_" + what));
                ui.execute(() -> say(Failures.notDone(action.startsWith("action_") ? what : action, failure)));
            }
        });
    }

    private void say(String text) {
        if (!notice.isDisposed()) {
            notice.setText(text == null ? "" : text);
            parent.layout(true, true);
            fitScroll();
        }
    }

    private void tick() {
        if (parent.isDisposed()) {
            return;
        }
        panels.values().forEach(InteractionPanel::tick);
        // call data messages and consult panels change sizes between events; without calls nothing does
        if (!panels.isEmpty()) {
            fitScroll();
        }
        parent.getDisplay().timerExec(1000, this::tick);
    }

    /** What the buttons of a control panel do. */
    private final class PanelActions implements InteractionPanel.Actions {

        @Override
        public void act(InteractionInfo call, CallAction action) {
            switch (action) {
                case CONSULT -> transfer(call, TransferDialog.Mode.CONSULT);
                case BLIND_TRANSFER -> transfer(call, TransferDialog.Mode.TRANSFER);
                default -> VoiceView.this.act(call, action);
            }
        }

        @Override
        public void wrapUp(InteractionInfo call) {
            wrapUps.reopen(call);
        }

        @Override
        public void cancelCallback(InteractionInfo call) {
            session.adapt(TelephonyService.class)
                    .ifPresent(t -> report(Messages.plain(Messages.callbackCancel), t.cancelCallback(call.id())));
        }

        @Override
        public CompletionStage<?> saveCallVariable(InteractionInfo call, String name, String value, long version) {
            return session.adapt(TelephonyService.class)
                    .<CompletionStage<?>>map(t -> t.editCallVariable(call.id(), name, value, version))
                    .orElseGet(() -> java.util.concurrent.CompletableFuture
                            .failedFuture(new IllegalStateException(Messages.cadNoConnection)));
        }

        @Override
        public CompletionStage<String> revealSecureValue(InteractionInfo call, String name) {
            return session.adapt(TelephonyService.class).map(t -> t.revealSecureValue(call.id(), name))
                    .orElseGet(() -> java.util.concurrent.CompletableFuture
                            .failedFuture(new IllegalStateException(Messages.cadNoConnection)));
        }

        private void transfer(InteractionInfo call, TransferDialog.Mode mode) {
            new TransferDialog(parent.getShell(), mode, session, target -> send(call, mode, target)).open();
        }

        private void send(InteractionInfo call, TransferDialog.Mode mode, TransferTarget target) {
            session.adapt(TelephonyService.class).ifPresent(t -> report(
                    mode == TransferDialog.Mode.CONSULT ? CallAction.CONSULT.name() : CallAction.BLIND_TRANSFER.name(),
                    mode == TransferDialog.Mode.CONSULT ? t.consult(call.id(), target) : t.blindTransfer(call.id(), target)));
        }
    }
}
