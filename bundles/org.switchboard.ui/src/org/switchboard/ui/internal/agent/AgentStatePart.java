package org.switchboard.ui.internal.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.OutboxItem;
import org.switchboard.connector.OutboxStatus;
import org.switchboard.connector.TeamService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.internal.commands.Leaving;
import org.switchboard.ui.internal.extension.ExtensionHost;
import org.switchboard.ui.internal.login.LoginFlow;
import org.switchboard.ui.internal.login.LoginValues;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.DeferredLayout;
import org.switchboard.ui.session.UiEventRunner;

/**
 * The agent-state bar: the state with its reason and time in state, a pending change, Ready and
 * Not Ready with reason codes, the connection and the outbox; the RONA popover when an offer went
 * unanswered.
 */
public class AgentStatePart {

    public static final String STATE = "agent.state";
    public static final String TIME = "agent.time";
    public static final String PENDING = "agent.pending";
    public static final String READY = "agent.ready";
    public static final String REASON = "agent.reason";
    public static final String NOT_READY = "agent.notready";
    public static final String LOGIN = "agent.login";
    public static final String LOGOUT = "agent.logout";
    public static final String CONNECTION = "agent.connection";
    public static final String OUTBOX = "agent.outbox";
    public static final String MESSAGE = "agent.message";
    public static final String BANNER = "agent.banner";

    private final ConnectorListener listener = this::onEvent;
    /** The Not Ready reasons in the combo: the server's once logged in. */
    private List<ReasonCode> reasons = List.of();
    private AgentSession session;
    private ExtensionHost extensions;
    private Consumer<String> extensionNotices;
    private Composite parent;
    private DeferredLayout layout;
    private Label state;
    private Label time;
    private Label pending;
    private Button ready;
    private Combo reason;
    private Button notReady;
    private Button login;
    private Button logout;
    private Label connection;
    private Label outbox;
    private Label message;
    private Label banner;
    private RonaPopover rona;
    private AgentStatus shown;
    private Instant since = Instant.now();

    @PostConstruct
    public void createControls(Composite parent, MPart part, AgentSession session, Announcer announcer,
            ExtensionHost extensions) {
        this.session = session;
        this.extensions = extensions;
        this.parent = parent;
        BarHeight height = new BarHeight(parent, part);
        this.layout = new DeferredLayout(parent, () -> {
            parent.layout(true, true);
            height.fit();
        });
        parent.addListener(SWT.Resize, e -> layout.request());
        // Wraps instead of cutting: every label keeps its whole text however narrow the window.
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.spacing = 10;
        row.marginLeft = 8;
        row.marginTop = 4;
        row.marginBottom = 4;
        parent.setLayout(row);
        banner = label(parent, BANNER, Messages.bannerName);
        banner.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        banner.setFont(JFaceResources.getBannerFont());
        showBanner(null);
        state = label(parent, STATE, Messages.stateName);
        state.setFont(JFaceResources.getBannerFont());
        time = label(parent, TIME, Messages.timeInState);
        // as wide as the longest time it will show, so the bar does not shift as the seconds pass
        time.setText(NLS.bind(Messages.timeInState, "88:88:88"));
        time.setLayoutData(new RowData(time.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        time.setText("");
        ready = button(parent, READY, Messages.ready, () -> change(AgentState.READY));
        reason = Accessibility.tagged(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), REASON, Messages.reason);
        showReasons(session.notReadyReasons());
        notReady = button(parent, NOT_READY, Messages.notReady, () -> change(AgentState.NOT_READY));
        login = button(parent, LOGIN, Messages.logIn,
                () -> new LoginFlow(parent.getShell(), session).ask(LoginValues.fromEnvironment(), null));
        logout = button(parent, LOGOUT, Messages.logOut, () -> Leaving.logout(parent.getShell(), session));
        pending = label(parent, PENDING, Messages.pending);
        connection = label(parent, CONNECTION, Messages.connectionName);
        outbox = label(parent, OUTBOX, Messages.outboxName);
        message = label(parent, MESSAGE, Messages.stateName);
        message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        new AnnouncementLine(parent, announcer, () -> layout.request());
        session.addListener(listener);
        extensionNotices = notice -> parent.getDisplay().asyncExec(() -> {
            if (!message.isDisposed()) {
                message.setText(notice);
                announcer.announce(notice);
                layout.request();
            }
        });
        extensions.showNoticesIn(extensionNotices);
        refresh();
        tick();
    }

    private static Label label(Composite parent, String id, String name) {
        return Accessibility.tagged(new Label(parent, SWT.NONE), id, name);
    }

    private static Button button(Composite parent, String id, String text, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, text.replace("&", "").replace("...", ""));
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        extensions.stopShowingNoticesIn(extensionNotices);
        if (rona != null) {
            rona.close();
        }
    }

    private void onEvent(ConnectorEvent event) {
        if (parent.isDisposed()) {
            return;
        }
        switch (event) {
            case ConnectorEvent.ConnectionChanged c -> {
                showConnection(c.state());
                if (c.state() == ConnectionState.DISCONNECTED || "logged in".equals(c.detail())) {
                    refresh();
                }
            }
            case ConnectorEvent.AgentStateChanged s -> show(s.status());
            case ConnectorEvent.StateReconciled r -> show(r.agent());
            case ConnectorEvent.OutboxChanged o -> showOutbox(o.pending(), o.items());
            default -> {
                // other events concern the channel views
            }
        }
    }

    /** The reasons the server sent at login replace those shown, keeping the agent's choice where it is still there. */
    private void showReasons(List<ReasonCode> latest) {
        if (latest.equals(reasons)) {
            return;
        }
        String chosen = reason.getSelectionIndex() < 0 || reasons.isEmpty() ? null
                : reasons.get(reason.getSelectionIndex()).code();
        reasons = latest;
        reason.removeAll();
        reasons.forEach(r -> reason.add(r.label()));
        int keep = 0;
        for (int i = 0; i < reasons.size(); i++) {
            if (reasons.get(i).code().equals(chosen)) {
                keep = i;
            }
        }
        reason.select(keep);
        reason.getParent().layout(true);
    }

    private void refresh() {
        showReasons(session.notReadyReasons());
        var current = session.session();
        showConnection(current.map(s -> s.state()).orElse(ConnectionState.DISCONNECTED));
        show(session.adapt(AgentStateService.class).map(AgentStateService::current).orElse(null));
        session.adapt(OutboxStatus.class).ifPresentOrElse(o -> showOutbox(o.pendingCount(), o.items()),
                () -> outbox.setText(""));
    }

    private void show(AgentStatus status) {
        boolean loggedIn = session.session().isPresent();
        // a supervisor's session has a team, not a state of its own: nothing is routed to it
        boolean supervising = loggedIn && session.adapt(TeamService.class).map(TeamService::supervising).orElse(false);
        if (supervising) {
            shown = null;
            state.setText(Messages.supervising);
            pending.setText("");
            time.setText("");
        } else if (status == null || !loggedIn) {
            shown = null;
            state.setText(Messages.state_LOGGED_OUT);
            pending.setText("");
            time.setText("");
        } else {
            if (shown == null || shown.state() != status.state() || !Objects.equals(shown.reasonCode(), status.reasonCode())) {
                since = Instant.now();
            }
            shown = status;
            String name = Messages.get("state_" + status.state().name());
            state.setText(status.reasonCode() == null || status.state() != AgentState.NOT_READY ? name
                    : NLS.bind(Messages.stateWithReason, name, ReasonCodes.label(reasons, status.reasonCode())));
            pending.setText(status.pending().map(p -> status.pendingReasonCode() == null
                    ? NLS.bind(Messages.pending, Messages.get("state_" + p.name()))
                    : NLS.bind(Messages.pendingWithReason, Messages.get("state_" + p.name()),
                            ReasonCodes.label(reasons, status.pendingReasonCode())))
                    .orElse(""));
            showTime();
        }
        AgentState s = shown == null ? null : shown.state();
        ready.setEnabled(loggedIn && !supervising && s != AgentState.READY);
        notReady.setEnabled(loggedIn && !supervising);
        reason.setEnabled(loggedIn && !supervising);
        login.setEnabled(!loggedIn);
        logout.setEnabled(loggedIn);
        showRona(s == AgentState.RONA);
        layout.request();
    }

    private void showRona(boolean needed) {
        if (needed && (rona == null || !rona.isOpen())) {
            rona = new RonaPopover(parent.getShell(), this::change);
        } else if (!needed && rona != null) {
            rona.close();
            rona = null;
        }
    }

    private void showConnection(ConnectionState c) {
        connection.setText(Messages.get("connection_" + c.name()));
        boolean lost = session.session().isPresent()
                && (c == ConnectionState.RECONNECTING || c == ConnectionState.CONNECTING);
        showBanner(lost ? Messages.bannerLost : null);
        layout.request();
    }

    /** One line across the bar while the contact center cannot be reached; none otherwise. */
    private void showBanner(String text) {
        banner.setText(text == null ? "" : " " + text + " ");
        banner.setVisible(text != null);
        banner.setLayoutData(new RowData(text == null ? 0 : SWT.DEFAULT, text == null ? 0 : SWT.DEFAULT));
        ((RowData) banner.getLayoutData()).exclude = text == null;
    }

    private void showOutbox(int pendingCount, List<OutboxItem> items) {
        long failed = items.stream().filter(i -> i.state() == OutboxItem.State.FAILED).count();
        outbox.setText(failed > 0 ? NLS.bind(Messages.outboxFailed, pendingCount, failed)
                : pendingCount == 0 ? Messages.outboxEmpty : NLS.bind(Messages.outboxPending, pendingCount));
        layout.request();
    }

    private void change(AgentState target) {
        AgentStateService service = session.adapt(AgentStateService.class).orElse(null);
        if (service == null) {
            return;
        }
        String code = target == AgentState.NOT_READY ? reasons.get(Math.max(0, reason.getSelectionIndex())).code() : null;
        message.setText("");
        UiEventRunner ui = new UiEventRunner(parent.getDisplay());
        service.changeState(target, code).whenComplete((status, failure) -> ui.execute(() -> {
            if (parent.isDisposed()) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                message.setText(NLS.bind(Messages.stateRefused, cause.getMessage()));
            } else {
                show(status);
            }
            layout.request();
        }));
    }

    private void tick() {
        if (parent.isDisposed()) {
            return;
        }
        showTime();
        parent.getDisplay().timerExec(1000, this::tick);
    }

    private void showTime() {
        if (shown == null) {
            return;
        }
        long seconds = Duration.between(since, Instant.now()).toSeconds();
        String clock = seconds < 3600 ? String.format("%d:%02d", seconds / 60, seconds % 60)
                : String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        time.setText(NLS.bind(Messages.timeInState, clock));
    }
}
