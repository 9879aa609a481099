package org.switchboard.server.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.wrapup.WrapUp;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.AgentCalendar;
import org.switchboard.server.core.AgentConfiguration;
import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.AttachmentContent;
import org.switchboard.server.core.CustomerSimulator;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.EmailDesk;
import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.QueueView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.ServiceState;
import org.switchboard.server.core.Session;
import org.switchboard.server.core.Snapshot;
import org.switchboard.server.core.TeamDesk;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredWrapUp;

/**
 * The contact center. Threading: all state (the core's agents, calls and chats, which are not
 * thread-safe, the queues and the sessions) is confined to one {@link EventLoop}; every public
 * method runs its work there and waits for it. One thread keeps a call and the agents on it
 * consistent without lock ordering, and the work per command is microseconds. Only the token map
 * and the session event logs are shared, each thread-safe on its own.
 *
 * <p>The engine keeps sessions, routing, publishing and restoration; each channel's commands are
 * its {@link ChannelHandler}'s. After every change it routes what waits, then publishes.
 *
 * <p>As a Declarative Services component it runs the demo configuration on the system clock on the
 * {@link ServerStore} service, and starts only once that service is there: a contact center that
 * served before its store arrived would run without what the store restores (a desktop reconnecting
 * after a restart would have its owed wrap-up refused as unknown). A runtime that keeps nothing
 * registers {@link ServerStore#none()}.
 */
@Component(service = org.switchboard.server.core.ContactCenter.class, immediate = true)
public final class ContactCenterEngine implements RunningContactCenter {

    private static final System.Logger LOG = System.getLogger(ContactCenterEngine.class.getName());
    private static final Duration DEMO_TICK = Duration.ofMillis(250);

    private final CenterState state;
    private final EventLoop loop = new EventLoop();
    private final Views views;
    private final Router router;
    private final AgentConfiguration configuration;
    private final Restoration restoration;
    private final Sessions sessions;
    private final Publisher publisher;
    private final Channels channels;
    private final TimeRules timeRules;
    private final VoiceHandler voice;
    private final Customers customers;
    private final Lookups lookups;
    private final Emails emails;
    private final Calendars calendars;
    private final TeamHandler team;

    /** The demo configuration as the framework properties adjust it (see {@link DemoConfig}). */
    @Activate
    public ContactCenterEngine(@Reference(name = "store") ServerStore store, BundleContext context) {
        this(DemoConfig.of(context::getProperty), Clock.systemUTC(), DEMO_TICK, store);
    }

    public ContactCenterEngine(ServerConfig config, Clock clock, Duration tickPeriod) {
        this(config, clock, tickPeriod, ServerStore.none());
    }

    public ContactCenterEngine(ServerConfig config, Clock clock, Duration tickPeriod, ServerStore store) {
        this.state = new CenterState(config, clock, store);
        this.configuration = AgentConfiguration.of(config);
        this.views = new Views(state.seats, config);
        this.lookups = new Lookups(state, views);
        this.router = new Router(config, state.seats, state.callLimit);
        this.restoration = new Restoration(config, state.seats, store);
        this.sessions = new Sessions(state, restoration, this::routeSoon);
        this.publisher = new Publisher(state, views, restoration, sessions);
        CommandParser parser = new CommandParser(config, state.seats);
        CadEdits cadEdits = new CadEdits(store);
        this.voice = new VoiceHandler(state, parser, cadEdits);
        ChatHandler chat = new ChatHandler(state, parser, cadEdits);
        CallbackHandler callbacks = new CallbackHandler(state, voice);
        EmailThreading threading = new EmailThreading();
        EmailOutbox outbox = new EmailOutbox(state, threading);
        this.channels = new Channels(state, List.of(callbacks, chat, voice, new EmailHandler(state, parser, outbox)));
        this.timeRules = new TimeRules(state, channels);
        this.customers = new Customers(loop, state, voice, chat, callbacks, this::afterChange);
        this.emails = new Emails(loop, state, threading, outbox, publisher, views, this::afterChange);
        this.calendars = new Calendars(loop, state, voice, publisher, views, this::afterChange);
        this.team = new TeamHandler(loop, state, this::afterChange);
        restoration.restore(state.interactions, clock.instant());
        if (tickPeriod != null) {
            loop.tickEvery(tickPeriod, this::tickNow);
        }
    }

    @Deactivate
    @Override
    public void close() {
        if (loop.isClosed()) {
            return;
        }
        try {
            loop.call(() -> {
                Instant now = state.clock.instant();
                channels.endByServerStop(now);
                publisher.publish(now);
                for (AgentSeat seat : state.seats.values()) {
                    sessions.end(seat);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing sessions failed", e);
        }
        loop.close();
    }

    /** A desktop is back: what waits for it is routed now rather than at the next request or tick. */
    private void routeSoon() {
        loop.later(() -> {
            publisher.allSeatsChanged();
            afterChange(state.clock.instant());
        });
    }

    // ---- sessions and agents -------------------------------------------------------------------

    @Override
    public Session login(String agentId, String password) {
        return audited(agentId, "LOGIN", null, () -> loop.call(() -> {
            Session session = sessions.open(agentId, password);
            calendars.loggedIn(state.seats.get(agentId));
            publisher.seatChanged(state.seats.get(agentId));
            afterChange(state.clock.instant());
            return session;
        }));
    }

    /** Runs an agent's request and writes its audit entry, whatever the outcome. */
    private <T> T audited(String agentId, String action, String subject, Supplier<T> request) {
        try {
            T result = request.get();
            state.audit(agentId, action, subject, null, AuditEntry.COMPLETED, null);
            return result;
        } catch (ServerRefusal e) {
            state.audit(agentId, action, subject, null, e.reason().name(), e.rule().map(Rule::name).orElse(null));
            throw e;
        } catch (ActionRefusedException e) {
            state.audit(agentId, action, subject, null, AuditEntry.REFUSED, e.rule().name());
            throw e;
        }
    }

    @Override
    public AgentView logout(String agentId) {
        return audited(agentId, "LOGOUT", null, () -> loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            seat.agent.logout();
            publisher.seatChanged(seat);
            afterChange(state.clock.instant());
            return views.agent(seat);
        }));
    }

    @Override
    public Optional<String> agentOf(String token) {
        return sessions.agentOf(token);
    }

    /** The seats are made once, with the engine: read from any thread. */
    @Override
    public String teamOf(String agentId) {
        return state.seat(agentId).account.teamId();
    }

    @Override
    public AgentView agent(String agentId) {
        return loop.call(() -> views.agent(state.seat(agentId)));
    }

    @Override
    public AgentView changeState(String agentId, String wanted, String reasonCode) {
        return audited(agentId, "STATE", reasonCode == null ? wanted : wanted + ":" + reasonCode, () -> loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            Agent a = seat.agent;
            switch (wanted == null ? "" : wanted) {
                case "READY" -> a.goReady();
                case "NOT_READY" -> {
                    ReasonCode reason = state.config.reasonCodes().stream().filter(r -> r.code().equals(reasonCode))
                            .findFirst().orElseThrow(() -> new ServerRefusal(Reason.INVALID, Rule.UNKNOWN_REASON_CODE,
                                    "unknown Not Ready reason " + reasonCode));
                    a.goNotReady(reason);
                }
                case "LOGGED_OUT" -> a.logout();
                default -> throw new ServerRefusal(Reason.INVALID, "state must be READY, NOT_READY or LOGGED_OUT");
            }
            publisher.seatChanged(seat);
            afterChange(state.clock.instant());
            return views.agent(seat);
        }));
    }

    @Override
    public EventFeed feed(String agentId) {
        return loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            if (seat.log == null) {
                throw new ServerRefusal(Reason.UNAUTHORIZED, "no session for " + agentId);
            }
            return seat.log;
        });
    }

    @Override
    public ServerEvent snapshot(String agentId) {
        return loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            long last = seat.log == null ? 0 : seat.log.lastId();
            return new ServerEvent(last, EventTypes.SNAPSHOT, null, new Snapshot(views.agent(seat), lookups.interactionsOf(agentId)));
        });
    }

    // ---- interactions ----------------------------------------------------------------------------

    @Override
    public List<InteractionView> interactionsOf(String agentId) {
        return loop.call(() -> {
            state.seat(agentId);
            return lookups.interactionsOf(agentId);
        });
    }

    @Override
    public InteractionView interaction(String agentId, String interactionId) {
        return loop.call(() -> views.interaction(state.accessible(agentId, interactionId), agentId));
    }

    @Override
    public AttachmentContent attachment(String agentId, String interactionId, int index) {
        return loop.call(() -> {
            Interaction i = state.accessible(agentId, interactionId);
            if (!(i instanceof ChatInteraction c) || index < 0 || index >= c.pictures.size()) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no attachment " + index + " of " + interactionId);
            }
            ChatInteraction.Picture p = c.pictures.get(index);
            return new AttachmentContent(p.view().fileName(), p.view().mediaType(), p.bytes());
        });
    }

    @Override
    public ActionOutcome submit(String agentId, String interactionId, ActionCommand command) {
        String action = command == null ? null : command.action();
        String requestId = command == null ? null : command.requestId();
        try {
            ActionOutcome outcome = apply(agentId, interactionId, command);
            state.audit(agentId, action, interactionId, requestId,
                    outcome.rule() == null ? AuditEntry.COMPLETED : AuditEntry.REFUSED, outcome.rule());
            return outcome;
        } catch (ServerRefusal e) {
            state.audit(agentId, action, interactionId, requestId, e.reason().name(),
                    e.rule().map(Rule::name).orElse(null));
            throw e;
        }
    }

    private ActionOutcome apply(String agentId, String interactionId, ActionCommand command) {
        CommandParser.checkEnvelope(command);
        return loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            ServerEvent earlier = seat.outcomes.get(command.requestId());
            if (earlier != null) {
                seat.emit(earlier.type(), earlier.requestId(), earlier.data());
                return (ActionOutcome) earlier.data();
            }
            Interaction i = state.accessible(agentId, interactionId);
            Instant now = state.clock.instant();
            publisher.seatChanged(seat);
            ChannelHandler handler = channels.taking(i, command.action());
            ActionOutcome outcome;
            String type;
            try {
                ParsedCommand parsed = handler.parse(i, command);
                parsed.wrappingUp().flatMap(WrapUp::followUp).ifPresent(f -> calendars.checkWrapUp(i, f));
                Handled handled = handler.apply(i, seat, parsed, now);
                AgentNotice.emit(handled.notices(), state.seats);
                CadEdits.Conflict conflict = handled.conflict();
                type = conflict == null ? EventTypes.ACTION_COMPLETED : EventTypes.ACTION_REFUSED;
                outcome = conflict == null
                        ? new ActionOutcome(command.requestId(), interactionId, command.action(), null, null)
                        : new ActionOutcome(command.requestId(), interactionId, command.action(),
                                Rule.CAD_EDIT_CONFLICT.name(), conflict.message(), conflict.variable());
                if (handled.wrapUp() != null) {
                    state.store.wrapUpSaved(new StoredWrapUp(interactionId, agentId, now,
                            handled.wrapUp().disposition().code(), handled.wrapUp().notes()));
                    handled.wrapUp().followUp().ifPresent(f -> calendars.scheduleFromWrapUp(seat, i, f, now));
                }
            } catch (ActionRefusedException e) {
                type = EventTypes.ACTION_REFUSED;
                outcome = new ActionOutcome(command.requestId(), interactionId, command.action(), e.rule().name(),
                        e.getMessage());
            }
            publisher.answering();
            try {
                afterChange(now);
                seat.emit(type, command.requestId(), outcome);
            } finally {
                publisher.answered();
            }
            seat.outcomes.put(command.requestId(), new ServerEvent(0, type, command.requestId(), outcome));
            return outcome;
        });
    }

    @Override
    public InteractionView placeCall(String agentId, String kind, String to) {
        return audited(agentId, "PLACE_CALL", kind + ":" + to, () -> loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            Instant now = state.clock.instant();
            VoiceInteraction v = voice.place(seat, kind, to, now);
            publisher.seatChanged(seat);
            afterChange(now);
            return views.interaction(v, agentId);
        }));
    }

    // ---- directory, queues, service state ------------------------------------------------------

    @Override
    public List<DirectoryEntry> directory(String query) {
        List<DirectoryEntry> matching = lookups.matching(query);
        return loop.call(() -> lookups.withPresence(matching));
    }

    @Override
    public List<QueueView> queues() {
        return loop.call(lookups::queues);
    }

    @Override
    public String revealSecureValue(String agentId, String interactionId, String name) {
        return audited(agentId, "REVEAL_CAD", interactionId + " " + name,
                () -> loop.call(() -> SecureReveal.value(state.accessible(agentId, interactionId), agentId, name)));
    }

    @Override
    public AgentConfiguration agentConfiguration() {
        return configuration;
    }

    @Override
    public ServiceState serviceState() {
        return loop.isClosed() ? ServiceState.OUT_OF_SERVICE : loop.call(lookups::serviceState);
    }

    @Override
    public CustomerSimulator simulator() {
        return customers;
    }

    @Override
    public EmailDesk emails() {
        return emails;
    }

    @Override
    public AgentCalendar calendar() {
        return calendars;
    }

    @Override
    public TeamDesk team() {
        return team;
    }

    // ---- time, routing --------------------------------------------------------------------------

    @Override
    public void tick() {
        loop.call(() -> {
            tickNow();
            return null;
        });
    }

    private void tickNow() {
        if (loop.isClosed()) {
            return;
        }
        Instant now = state.clock.instant();
        publisher.allInteractionsChanged();
        timeRules.run(now, publisher::seatChanged);
        calendars.tick(now);
        afterChange(now);
    }

    /** After every change: route what waits, tell those who declined where it went, publish. */
    private void afterChange(Instant now) {
        state.callLimit.count(state.interactions.values());
        router.route(state.interactions.values(), now, m -> {
            state.interactions.touch(m.interaction());
            publisher.seatChanged(m.seat());
            channels.of(m.interaction()).offer(m.interaction(), m.seat(), m.consult(), now);
        });
        state.declines.tell();
        state.callLimit.tell(state.seats.values());
        team.leaveEndedCalls();
        publisher.publish(now);
        team.publish(now);
    }
}
