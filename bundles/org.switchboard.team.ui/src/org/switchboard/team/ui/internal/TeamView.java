package org.switchboard.team.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.HelpRequest;
import org.switchboard.connector.TeamService;
import org.switchboard.connector.TelephonyService;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.Failures;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * The Team view, shown by role. A supervisor sees its team's agents live (state, time in state, the
 * interaction each works on and its customer), monitors, whispers into or barges in on the selected
 * agent's call, and takes and closes the team's help requests, announced as they arrive. An agent asks its supervisors for help with one of its interactions, or
 * flags one for review, and sees who took its requests. Every change comes from the session's events
 * on the UI thread; the times in state move on every second.
 */
public class TeamView {

    public static final String VIEW_ID = "org.switchboard.team.ui.view";
    public static final String HEADING = "team.heading";
    public static final String MESSAGE = "team.message";
    static final int CLOCK_MILLIS = 1000;

    private final ConnectorListener listener = this::onEvent;
    private final Runnable clock = this::tickClock;
    private AgentSession session;
    private Announcer announcer;
    private UiEventRunner ui;
    private Display display;
    private Label heading;
    private Label message;
    private Composite body;
    private Mode mode;
    private MembersTable members;
    private RequestCards requests;
    private HelpForm form;
    private ListenBar listen;

    private enum Mode {
        LOGGED_OUT, AGENT, SUPERVISOR
    }

    @PostConstruct
    public void createControls(Composite parent, AgentSession session, Announcer announcer) {
        this.session = session;
        this.announcer = announcer;
        this.display = parent.getDisplay();
        this.ui = new UiEventRunner(display);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        heading = WidgetIds.tag(new Label(parent, SWT.NONE), HEADING);
        heading.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        message = Accessibility.alert(WidgetIds.tag(new Label(parent, SWT.WRAP), MESSAGE));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
        body = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.fillDefaults().applyTo(body);
        session.addListener(listener);
        resync();
        display.timerExec(CLOCK_MILLIS, clock);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        if (!display.isDisposed()) {
            display.timerExec(-1, clock);
        }
    }

    private Optional<TeamService> team() {
        return session.adapt(TeamService.class);
    }

    private void onEvent(ConnectorEvent event) {
        if (body.isDisposed()) {
            return;
        }
        switch (event) {
            case ConnectorEvent.ConnectionChanged c -> resync();
            case ConnectorEvent.TeamReconciled r -> resync();
            case ConnectorEvent.TeamMemberChanged m -> showMembers();
            case ConnectorEvent.CallSupervised s -> {
                if (listen != null) {
                    listen.showListening(s.interactionId(), s.agentName(), s.customer(), s.mode());
                }
            }
            case ConnectorEvent.HelpRequestChanged h -> {
                if (mode == Mode.SUPERVISOR && h.request().status() == HelpRequest.Status.OPEN) {
                    announcer.announce(TeamTexts.announcement(h.request()));
                }
                showRequests();
            }
            case ConnectorEvent.Notice n -> {
                if (n.rule() != null && n.rule().startsWith("HELP_REQUEST")) {
                    say(n.message());
                }
            }
            case ConnectorEvent.InteractionOffered o -> showInteractions();
            case ConnectorEvent.InteractionChanged c -> showInteractions();
            case ConnectorEvent.InteractionEnded e -> showInteractions();
            case ConnectorEvent.StateReconciled r -> showInteractions();
            default -> {
                // agent state, outbox and actions belong to the other views
            }
        }
    }

    /** Builds the view for the session's role, and fills it from what the session knows. */
    private void resync() {
        Mode now = session.session().isEmpty() || team().isEmpty() ? Mode.LOGGED_OUT
                : team().get().supervising() ? Mode.SUPERVISOR : Mode.AGENT;
        if (now != mode) {
            mode = now;
            build();
        }
        String teamName = team().map(TeamService::teamName).orElse("");
        heading.setText(mode == Mode.SUPERVISOR && !teamName.isBlank() ? NLS.bind(Messages.titleOfTeam, teamName)
                : mode == Mode.AGENT ? Messages.agentHelpTitle : Messages.title);
        showMembers();
        showRequests();
        showInteractions();
        heading.getParent().layout(true, true);
    }

    private void build() {
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        members = null;
        listen = null;
        requests = null;
        form = null;
        switch (mode) {
            case LOGGED_OUT -> new Label(body, SWT.WRAP).setText(Messages.notLoggedIn);
            case SUPERVISOR -> {
                members = new MembersTable(body);
                GridDataFactory.fillDefaults().grab(true, true).hint(400, 120).applyTo(members.control());
                listen = new ListenBar(body, this::listen, this::stopListening, members::selected);
                members.onSelection(() -> listen.selectionChanged(members.selected()));
                section(Messages.requests);
                requests = new RequestCards(body, true, this::take, this::close);
            }
            case AGENT -> {
                form = new HelpForm(body, this::ask);
                section(Messages.myRequests);
                requests = new RequestCards(body, false, this::take, this::close);
            }
        }
        body.layout(true, true);
    }

    private void section(String title) {
        Label l = new Label(body, SWT.NONE);
        l.setText(title);
        l.setFont(JFaceResources.getBannerFont());
    }

    private void showMembers() {
        if (members != null) {
            members.show(team().map(TeamService::members).orElse(List.of()), Instant.now());
            listen.selectionChanged(members.selected());
        }
    }

    private void showRequests() {
        if (requests != null) {
            requests.show(team().map(TeamService::helpRequests).orElse(List.of()));
        }
    }

    private void showInteractions() {
        if (form != null) {
            form.showInteractions(session.adapt(TelephonyService.class).map(TelephonyService::interactions)
                    .orElse(List.of()));
        }
    }

    private void tickClock() {
        if (body.isDisposed()) {
            return;
        }
        if (members != null) {
            members.refresh(Instant.now());
        }
        display.timerExec(CLOCK_MILLIS, clock);
    }

    private void ask(HelpRequest.Kind kind, String interactionId, String note) {
        team().ifPresent(t -> answered(kind == HelpRequest.Kind.HELP ? t.raiseHelp(interactionId, note)
                : t.flagForReview(interactionId, note), () -> {
                    if (form != null) {
                        form.sent();
                    }
                    say(Messages.sent);
                }));
    }

    private void listen(String interactionId, TeamService.Listening how) {
        team().ifPresent(t -> done(t.supervise(interactionId, how)));
    }

    private void stopListening(String interactionId) {
        team().ifPresent(t -> done(t.stopSupervising(interactionId)));
    }

    /** On the UI thread: the server's reason in the view when it refused. */
    private void done(CompletionStage<Void> stage) {
        stage.whenCompleteAsync((nothing, failure) -> {
            if (!body.isDisposed()) {
                say(failure == null ? "" : Failures.plain(failure));
            }
        }, ui);
    }

    private void take(HelpRequest r) {
        team().ifPresent(t -> answered(t.take(r.id()), () -> say("")));
    }

    private void close(HelpRequest r) {
        team().ifPresent(t -> answered(t.close(r.id()), () -> say("")));
    }

    /** On the UI thread: {@code done} once the server took it, the server's reason in the view otherwise. */
    private void answered(CompletionStage<HelpRequest> stage, Runnable done) {
        stage.whenCompleteAsync((r, failure) -> {
            if (body.isDisposed()) {
                return;
            }
            if (failure == null) {
                done.run();
                showRequests();
            } else {
                say(NLS.bind(Messages.failed, Failures.plain(failure)));
            }
        }, ui);
    }

    private void say(String text) {
        message.setText(text == null ? "" : text);
        message.getParent().layout(true, true);
    }
}
