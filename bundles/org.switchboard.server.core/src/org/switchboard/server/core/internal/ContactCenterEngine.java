package org.switchboard.server.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentAction;
import org.switchboard.core.agent.AgentEvent;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.chat.Attachment;
import org.switchboard.core.chat.AttachmentPolicy;
import org.switchboard.core.chat.Location;
import org.switchboard.core.chat.MultimediaInteraction;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.chat.ChatSession;
import org.switchboard.core.chat.ChatState;
import org.switchboard.core.chat.ChatTransferTarget;
import org.switchboard.core.chat.MobileContext;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallAction;
import org.switchboard.core.voice.CallNotice;
import org.switchboard.core.voice.CallPhase;
import org.switchboard.core.voice.Target;
import org.switchboard.core.Channel;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.AgentAccount;
import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.AttachmentContent;
import org.switchboard.server.core.AttachmentView;
import org.switchboard.server.core.LocationView;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.CustomerSimulator;
import org.switchboard.server.core.CustomerTyping;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.InteractionRemoved;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.QueueView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.ServiceState;
import org.switchboard.server.core.Session;
import org.switchboard.server.core.Snapshot;
import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredCad;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;

/**
 * The contact center. Threading: all state (the core's agents, calls and chats, which are not
 * thread-safe, the queues and the sessions) is confined to one event-loop thread; every public
 * method runs its work there and waits for it. One thread keeps a call and the agents on it
 * consistent without lock ordering, and the work per command is microseconds, far below what one
 * thread can serve. Only the token map (read on every request) and the session event logs (read
 * by stream threads) are shared, each thread-safe on its own.
 *
 * <p>As a Declarative Services component it runs the demo configuration on the system clock on the
 * {@link ServerStore} service, and starts only once that service is there: a contact center that
 * served before its store arrived would run without what the store restores (a desktop reconnecting
 * after a restart would have its owed wrap-up refused as unknown) and would lose what it did when
 * the store arrived and replaced it. A runtime that keeps nothing registers {@link ServerStore#none()}.
 */
@Component(service = ContactCenter.class, immediate = true)
public final class ContactCenterEngine implements RunningContactCenter, CustomerSimulator {

    private static final System.Logger LOG = System.getLogger(ContactCenterEngine.class.getName());
    private static final Duration CALL_WAIT = Duration.ofSeconds(10);
    private static final Duration DEMO_TICK = Duration.ofMillis(250);
    static final AttachmentPolicy ATTACHMENTS = AttachmentPolicy.pictures();
    /** Chat queues (ids, comma separated) whose accepted mobile chats call the customer at once. */
    public static final String CALL_ON_ACCEPT_PROPERTY = "switchboard.chat.callOnAccept";
    /** Framework property: how many demo agents (a1, a2, a3, then generated a4 ... an; password {@code <id>-demo}). */
    public static final String DEMO_AGENTS_PROPERTY = "switchboard.demo.agents";
    static final int MAX_DEMO_AGENTS = 100_000;
    /** The service of calls agents place: they come from no queue. */
    static final String OUTBOUND_SERVICE = "outbound";
    static final String INTERNAL_SERVICE = "internal";

    private final ServerConfig config;
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private volatile Thread loopThread;
    private volatile boolean closed;
    private final Map<String, AgentSeat> seats = new LinkedHashMap<>();
    private final InteractionTable interactions = new InteractionTable();
    /** Up to this many live interactions, comparing them all costs less than a request's I/O. */
    private static final int COMPARE_ALL_UP_TO = 64;
    private final Map<String, String> agentByToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Views views;
    private final Router router;
    private final CallSync callSync;
    private final CommandParser parser;
    private final CadEdits cadEdits;
    private final Callbacks callbacks;
    private final ServerStore store;
    private final Restoration restoration;
    private final Declines declines = new Declines();
    private final Presence presence;
    private long nextInteraction;
    /** Seats whose agent view may have changed since the last publish; all of them after a tick or a session change. */
    private final Set<AgentSeat> dirtySeats = new LinkedHashSet<>();
    private boolean allSeatsDirty = true;
    /**
     * After a tick, or while there are few, every interaction is compared with what its agents were
     * shown; otherwise only the touched ones (a tick still looks at all of them).
     */
    private boolean allInteractionsDirty = true;
    /** Sessions of agents now logged out, ended once the request that logged them out has its outcome out. */
    private final List<AgentSeat> loggedOut = new ArrayList<>();
    private boolean answering;

    /**
     * The demo configuration, with the framework property {@value #CALL_ON_ACCEPT_PROPERTY} naming the
     * chat queues whose accepted mobile chats dial the customer at once, and {@value #DEMO_AGENTS_PROPERTY}
     * the number of demo agents.
     */
    @Activate
    public ContactCenterEngine(@Reference(name = "store") ServerStore store, BundleContext context) {
        this(Presence.configured(configured(context.getProperty(CALL_ON_ACCEPT_PROPERTY),
                context.getProperty(DEMO_AGENTS_PROPERTY)), context.getProperty(Presence.TIMEOUT_PROPERTY),
                context.getProperty(Presence.LOGOUT_PROPERTY)),
                Clock.systemUTC(), DEMO_TICK, store);
    }

    private static ServerConfig configured(String callOnAccept, String demoAgents) {
        ServerConfig demo = ServerConfig.demo(demoAgents(demoAgents));
        try {
            return demo.withCallOnAccept(callOnAccept);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, CALL_ON_ACCEPT_PROPERTY + "=" + callOnAccept + " is not a list of chat"
                    + " queues (" + e.getMessage() + "): no queue calls the customer on accept");
            return demo;
        }
    }

    /** The number of demo agents a framework property asks for: 3 to {@value #MAX_DEMO_AGENTS}; 3 when unset or not one. */
    static int demoAgents(String value) {
        if (value == null || value.isBlank()) {
            return 3;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 3 && n <= MAX_DEMO_AGENTS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.log(System.Logger.Level.ERROR, DEMO_AGENTS_PROPERTY + "=" + value + " is not a number of agents from 3 to "
                + MAX_DEMO_AGENTS + ": the demo has its three agents a1 to a3");
        return 3;
    }

    public ContactCenterEngine(ServerConfig config, Clock clock, Duration tickPeriod) {
        this(config, clock, tickPeriod, ServerStore.none());
    }

    public ContactCenterEngine(ServerConfig config, Clock clock, Duration tickPeriod, ServerStore store) {
        this.config = config;
        this.clock = clock;
        this.store = Objects.requireNonNull(store, "store");
        this.nextInteraction = store.nextInteractionNumber();
        for (AgentAccount a : config.agents()) {
            AgentSeat seat = new AgentSeat(a, new Agent(a.id(), config.agentPolicy()));
            seat.storedState = seat.agent.state().name();
            seats.put(a.id(), seat);
        }
        this.views = new Views(seats, config);
        this.router = new Router(config, seats);
        this.callSync = new CallSync(seats);
        this.parser = new CommandParser(config, seats);
        this.cadEdits = new CadEdits(this.store);
        this.callbacks = new Callbacks(config);
        this.restoration = new Restoration(config, seats, this.store);
        this.presence = new Presence(config.presence(), (id, agentId) -> offerReturned(id, agentId, clock.instant()));
        restoration.restore(interactions, clock.instant());
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-contact-center");
            t.setDaemon(true);
            loopThread = t;
            return t;
        });
        if (tickPeriod != null) {
            long ms = Math.max(1, tickPeriod.toMillis());
            loop.scheduleWithFixedDelay(this::tickSafely, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            onLoop(() -> {
                endByServerStop(clock.instant());
                for (AgentSeat seat : seats.values()) {
                    endSession(seat);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing sessions failed", e);
        }
        closed = true;
        loop.shutdownNow();
    }

    /**
     * The server stops: every interaction still live ends, as the customer's line or chat drops with
     * the process. Its history records that the server stop ended it; the agents connected to it owe
     * its wrap-up, which the contact center takes when it runs again (see {@link Restoration}).
     * Calls first: a chat with a call to its customer ends once that call has.
     */
    /** Waiting, offered or in progress; not ended with only a wrap-up left. */
    private static boolean liveForTheCustomer(Interaction i) {
        return switch (i) {
            case VoiceInteraction v -> v.call.phase() != CallPhase.ENDED;
            case ChatInteraction c -> !c.customerLeft && (c.session == null || c.session.state() == ChatState.OFFERED
                    || c.session.state() == ChatState.ACTIVE);
        };
    }

    private void endByServerStop(Instant now) {
        List<Interaction> live = new ArrayList<>();
        for (Interaction i : interactions.values()) {
            if (liveForTheCustomer(i)) {
                live.add(i);
            }
        }
        live.sort((a, b) -> Boolean.compare(a instanceof ChatInteraction, b instanceof ChatInteraction));
        for (Interaction i : live) {
            try {
                switch (i) {
                    case VoiceInteraction v -> {
                        Set<String> before = involved(v);
                        v.call.leave(v.customerId);
                        if (v.call.phase() != CallPhase.ENDED) {
                            v.call.agent1().ifPresent(v.call::release);
                        }
                        endLegIfOver(v);
                        Callbacks.follow(v);
                        callSync.sync(v, before, now);
                    }
                    case ChatInteraction c -> customerLeavesChat(c, now);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "at the server stop, " + i.id + " could not be ended", e);
            }
            store.interactionStateChanged(new InteractionStateChange(i.id, now, Restoration.ENDED_BY_SERVER_STOP));
            i.storedState = i.state();
        }
        publish(now);
    }

    // ---- the event loop ---------------------------------------------------------------------

    private <T> T onLoop(Callable<T> work) {
        if (Thread.currentThread() == loopThread) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (closed) {
            throw new ServerRefusal(Reason.CONFLICT, "the contact center is stopped");
        }
        Future<T> f = loop.submit(work);
        try {
            return f.get(CALL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new IllegalStateException("interrupted while waiting for the contact center", e);
        } catch (TimeoutException e) {
            f.cancel(false);
            throw new IllegalStateException("the contact center did not answer within " + CALL_WAIT);
        }
    }

    /** A desktop is back: what waits for it is routed now rather than at the next request or tick. */
    private void routeSoon() {
        if (closed) {
            return;
        }
        try {
            loop.execute(() -> {
                try {
                    if (!closed) {
                        allSeatsDirty = true;
                        afterChange(clock.instant());
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "routing for a desktop that is back failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the contact center stops
        }
    }

    private void tickSafely() {
        try {
            tickNow();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "tick failed", e);
        }
    }

    // ---- sessions ---------------------------------------------------------------------------

    @Override
    public Session login(String agentId, String password) {
        return audited(agentId, "LOGIN", null, () -> onLoop(() -> {
            AgentSeat seat = agentId == null ? null : seats.get(agentId);
            if (seat == null || password == null || !MessageDigest.isEqual(
                    seat.account.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
                throw new ServerRefusal(Reason.UNAUTHORIZED, "unknown agent or wrong password");
            }
            endSession(seat);
            if (seat.agent.availability() == AgentState.LOGGED_OUT) {
                seat.agent.login();
                restoration.resumeWrapUps(seat, interactions, clock.instant());
            }
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            seat.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            seat.log = new SessionEventLog(config.replayBuffer(), clock, this::routeSoon);
            seat.awaySteps = 0;
            seat.published = null;
            agentByToken.put(seat.token, seat.id());
            dirtySeats.add(seat);
            afterChange(clock.instant());
            return new Session(seat.id(), seat.token);
        }));
    }

    /** Runs an agent's request and writes its audit entry, whatever the outcome. */
    private <T> T audited(String agentId, String action, String subject, Supplier<T> request) {
        try {
            T result = request.get();
            audit(agentId, action, subject, null, AuditEntry.COMPLETED, null);
            return result;
        } catch (ServerRefusal e) {
            audit(agentId, action, subject, null, e.reason().name(), e.rule().map(Rule::name).orElse(null));
            throw e;
        } catch (ActionRefusedException e) {
            audit(agentId, action, subject, null, AuditEntry.REFUSED, e.rule().name());
            throw e;
        }
    }

    private void audit(String agentId, String action, String subject, String requestId, String outcome, String rule) {
        store.audit(new AuditEntry(clock.instant(), agentId, action, subject, requestId, outcome, rule));
    }

    private void endSession(AgentSeat seat) {
        if (seat.log != null) {
            seat.log.close();
            agentByToken.remove(seat.token);
            seat.log = null;
            seat.token = null;
        }
    }

    @Override
    public AgentView logout(String agentId) {
        return audited(agentId, "LOGOUT", null, () -> onLoop(() -> {
            AgentSeat seat = seat(agentId);
            seat.agent.logout();
            dirtySeats.add(seat);
            afterChange(clock.instant());
            return views.agent(seat);
        }));
    }

    @Override
    public Optional<String> agentOf(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(agentByToken.get(token));
    }

    private AgentSeat seat(String agentId) {
        AgentSeat seat = agentId == null ? null : seats.get(agentId);
        if (seat == null) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no agent " + agentId);
        }
        return seat;
    }

    // ---- agents -----------------------------------------------------------------------------

    @Override
    public AgentView agent(String agentId) {
        return onLoop(() -> views.agent(seat(agentId)));
    }

    @Override
    public AgentView changeState(String agentId, String state, String reasonCode) {
        return audited(agentId, "STATE", reasonCode == null ? state : state + ":" + reasonCode, () -> onLoop(() -> {
            AgentSeat seat = seat(agentId);
            Agent a = seat.agent;
            switch (state == null ? "" : state) {
                case "READY" -> a.goReady();
                case "NOT_READY" -> {
                    ReasonCode reason = config.reasonCodes().stream().filter(r -> r.code().equals(reasonCode))
                            .findFirst().orElseThrow(() -> new ServerRefusal(Reason.INVALID, Rule.UNKNOWN_REASON_CODE,
                                    "unknown Not Ready reason " + reasonCode));
                    a.goNotReady(reason);
                }
                case "LOGGED_OUT" -> a.logout();
                default -> throw new ServerRefusal(Reason.INVALID, "state must be READY, NOT_READY or LOGGED_OUT");
            }
            dirtySeats.add(seat);
            afterChange(clock.instant());
            return views.agent(seat);
        }));
    }

    // ---- interactions -----------------------------------------------------------------------

    @Override
    public List<InteractionView> interactionsOf(String agentId) {
        return onLoop(() -> {
            seat(agentId);
            return viewsOf(agentId);
        });
    }

    private List<InteractionView> viewsOf(String agentId) {
        List<InteractionView> out = new ArrayList<>();
        for (Interaction i : interactions.values()) {
            if (involved(i).contains(agentId)) {
                out.add(views.interaction(i, agentId));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public InteractionView interaction(String agentId, String interactionId) {
        return onLoop(() -> views.interaction(accessible(agentId, interactionId), agentId));
    }

    private Interaction accessible(String agentId, String interactionId) {
        seat(agentId);
        Interaction i = interactionId == null ? null : interactions.get(interactionId);
        if (i == null) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no interaction " + interactionId);
        }
        if (!involved(i).contains(agentId)) {
            throw new ServerRefusal(Reason.FORBIDDEN, "interaction " + interactionId + " is not yours");
        }
        return i;
    }

    /**
     * Agents taking part: those the interaction names, and those whose state machine still holds it.
     * Only agents it names now or was shown to can hold it (an agent is shown every interaction it is
     * named in), so those are the ones asked: not every seat, which costs too much with thousands.
     */
    private Set<String> involved(Interaction i) {
        Set<String> ids = new LinkedHashSet<>();
        for (String named : i.agentsNamed()) {
            if (seats.containsKey(named)) {
                ids.add(named);
            }
        }
        for (String shown : i.shown.keySet()) {
            Agent a = seats.get(shown).agent;
            if (a.offers().contains(i.id) || a.activeInteractions().contains(i.id) || a.wrapUps().contains(i.id)) {
                ids.add(shown);
            }
        }
        return ids;
    }

    @Override
    public ActionOutcome submit(String agentId, String interactionId, ActionCommand command) {
        String action = command == null ? null : command.action();
        String requestId = command == null ? null : command.requestId();
        try {
            ActionOutcome outcome = apply(agentId, interactionId, command);
            audit(agentId, action, interactionId, requestId,
                    outcome.rule() == null ? AuditEntry.COMPLETED : AuditEntry.REFUSED, outcome.rule());
            return outcome;
        } catch (ServerRefusal e) {
            audit(agentId, action, interactionId, requestId, e.reason().name(), e.rule().map(Rule::name).orElse(null));
            throw e;
        }
    }

    private ActionOutcome apply(String agentId, String interactionId, ActionCommand command) {
        CommandParser.checkEnvelope(command);
        return onLoop(() -> {
            AgentSeat seat = seat(agentId);
            ServerEvent earlier = seat.outcomes.get(command.requestId());
            if (earlier != null) {
                seat.emit(earlier.type(), earlier.requestId(), earlier.data());
                return (ActionOutcome) earlier.data();
            }
            Interaction i = accessible(agentId, interactionId);
            Instant now = clock.instant();
            dirtySeats.add(seat);
            ActionOutcome outcome;
            String type;
            try {
                CadEdits.Conflict conflict = null;
                if (CommandParser.EDIT_CAD.equals(command.action())) {
                    conflict = applyCadEdit(i, agentId, parser.cad(command), now);
                } else if (Callbacks.CANCEL.equals(command.action())) {
                    if (!(i instanceof VoiceInteraction v) || v.callback == null) {
                        throw new ServerRefusal(Reason.INVALID, "CANCEL is an action of a callback");
                    }
                    cancelCallback(v, agentId, now);
                } else if (CommandParser.CALL_CUSTOMER.equals(command.action())) {
                    if (!(i instanceof ChatInteraction c)) {
                        throw new ServerRefusal(Reason.INVALID, "CALL_CUSTOMER is an action of a mobile chat");
                    }
                    callCustomer(c, seat, now);
                } else {
                    switch (i) {
                        case VoiceInteraction v -> applyVoice(v, agentId, parser.voice(command), now);
                        case ChatInteraction c -> applyChat(c, seat, parser.chat(command), now);
                    }
                }
                type = conflict == null ? EventTypes.ACTION_COMPLETED : EventTypes.ACTION_REFUSED;
                outcome = conflict == null
                        ? new ActionOutcome(command.requestId(), interactionId, command.action(), null, null)
                        : new ActionOutcome(command.requestId(), interactionId, command.action(),
                                Rule.CAD_EDIT_CONFLICT.name(), conflict.message(), conflict.variable());
                if (CallAction.WRAP_UP.name().equals(command.action())) {
                    store.wrapUpSaved(new StoredWrapUp(interactionId, agentId, now, command.params().disposition(),
                            command.params().notes()));
                }
            } catch (ActionRefusedException e) {
                type = EventTypes.ACTION_REFUSED;
                outcome = new ActionOutcome(command.requestId(), interactionId, command.action(), e.rule().name(),
                        e.getMessage());
            }
            answering = true;
            try {
                afterChange(now);
                seat.emit(type, command.requestId(), outcome);
            } finally {
                answering = false;
                endLoggedOutSessions();
            }
            seat.outcomes.put(command.requestId(), new ServerEvent(0, type, command.requestId(), outcome));
            return outcome;
        });
    }

    /** Agent 1 of a live call, or the agent of an active chat, edits call variables. */
    private CadEdits.Conflict applyCadEdit(Interaction i, String agentId, CommandParser.CadCommand cmd, Instant now) {
        switch (i) {
            case VoiceInteraction v -> {
                Callbacks.requireCustomerOnTheLine(v, CommandParser.EDIT_CAD);
                Optional<Rule> refusal = v.call.refusalOf(agentId, CallAction.EDIT_CAD);
                if (refusal.isPresent()) {
                    throw new ActionRefusedException(refusal.get(), "EDIT_CAD by " + agentId);
                }
            }
            case ChatInteraction c -> {
                if (c.session == null || !c.session.agentId().equals(agentId)) {
                    throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, c.id);
                }
                if (c.session.state() != ChatState.ACTIVE) {
                    throw new ActionRefusedException(Rule.NOT_ALLOWED_IN_STATE, "EDIT_CAD in " + c.session.state());
                }
            }
        }
        return cadEdits.save(i, agentId, cmd, now);
    }

    private void applyVoice(VoiceInteraction v, String agentId, CommandParser.VoiceCommand cmd, Instant now) {
        if (v.isInternalCaller(agentId)) {
            if (cmd.action() != CallAction.RELEASE) {
                throw new ActionRefusedException(Rule.ROLE_NOT_PERMITTED,
                        cmd.action() + ": the caller of an internal call can only hang up");
            }
            Set<String> before = involved(v);
            v.call.leave(agentId);
            v.callerHungUp = true;
            callSync.sync(v, before, now);
            return;
        }
        if (v.isDialing() && cmd.action() != CallAction.RELEASE) {
            throw new ActionRefusedException(Rule.CUSTOMER_NOT_ANSWERED_YET, cmd.action() + " while dialling");
        }
        Callbacks.requireCustomerOnTheLine(v, cmd.action().name());
        Call call = v.call;
        Set<String> before = involved(v);
        Optional<Rule> refusal = call.refusalOf(agentId, cmd.action());
        if (refusal.isPresent()) {
            throw new ActionRefusedException(refusal.get(), cmd.action() + " by " + agentId);
        }
        Target target = cmd.params().target().orElse(null);
        if (target instanceof Target.ToAgent to && (cmd.action() == CallAction.CONSULT
                || cmd.action() == CallAction.BLIND_TRANSFER)) {
            // The agent's state machine takes offers only when Ready with free capacity; refuse here
            // rather than change the call and then fail to ring the agent.
            AgentSeat target2 = seats.get(to.agentId());
            Optional<Rule> busy = cmd.action() == CallAction.CONSULT ? target2.agent.refusalOfConsultOffer(Channel.VOICE)
                    : target2.agent.refusalOfOffer(Channel.VOICE);
            if (busy.isPresent() && !to.agentId().equals(agentId)
                    && (to.state() == AgentState.READY || cmd.action() == CallAction.CONSULT)) {
                throw new ActionRefusedException(busy.get(), to.agentId() + " cannot be offered a call now");
            }
        }
        boolean declining = cmd.action() == CallAction.REJECT && call.phase() == CallPhase.OFFERED
                && call.offeredTo().filter(agentId::equals).isPresent();
        call.apply(agentId, cmd.action(), cmd.params(), now);
        if (declining) {
            declines.declined(v, seats.get(agentId));
        }
        endLegIfOver(v);
        if (cmd.action() == CallAction.CONSULT && target instanceof Target.ToDialNumber d) {
            // The simulated switch: the far end answers at once.
            call.acceptConsult(d.number().value());
        }
        Callbacks.follow(v);
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(involved(v));
        callSync.sync(v, all, now);
    }

    /** Agent 1 cancels a web callback while its customer is being dialled: the call ends, wrap-up follows. */
    private void cancelCallback(VoiceInteraction v, String agentId, Instant now) {
        Set<String> before = involved(v);
        v.callback.cancel(agentId);
        v.call.release(agentId);
        callSync.sync(v, before, now);
    }

    private void applyChat(ChatInteraction c, AgentSeat seat, CommandParser.ChatCommand cmd, Instant now) {
        ChatSession s = c.sessionOf(seat.id());
        if (s == null) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, c.id);
        }
        Agent a = seat.agent;
        if (cmd.wrapUp() != null) {
            s.applyWrapUp(cmd.wrapUp(), now);
            if (a.wrapUps().contains(c.id)) {
                a.completeWrapUp(c.id);
            }
            return;
        }
        switch (cmd.action()) {
            case ACCEPT -> {
                s.accept();
                a.accept(c.id);
                callOnAccept(c, seat, now);
            }
            case REJECT -> {
                s.reject();
                a.reject(c.id);
                c.session = null;
                declines.declined(c, seat);
            }
            case SEND -> s.send(cmd.text(), now);
            case END -> {
                if (s == c.session && c.activeCall() != null) {
                    c.multimedia.disconnectChat();
                }
                s.end();
                a.end(c.id, true, now);
            }
            case TRANSFER -> {
                if (s == c.session && c.activeCall() != null) {
                    throw new ActionRefusedException(Rule.RELEASE_CALL_BEFORE_CHAT, c.activeCall());
                }
                transferChat(c, s, a, cmd.target(), now);
            }
        }
    }

    /**
     * The agent calls the chat's customer at the mobile application's number: the call belongs to the
     * chat's service and forms a multimedia interaction with the chat. The simulated switch connects
     * it at once.
     */
    private void callCustomer(ChatInteraction c, AgentSeat seat, Instant now) {
        ChatSession s = c.sessionOf(seat.id());
        if (s == null || s != c.session) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, c.id);
        }
        Agent a = seat.agent;
        if (s.state() == ChatState.ACTIVE && c.activeCall() == null && c.mobile.phoneNumber().isPresent()
                && a.activeCount(Channel.VOICE) >= a.policy().capacity().limit(Channel.VOICE)) {
            throw new ActionRefusedException(Rule.CAPACITY_REACHED, "a call is already in progress");
        }
        long n = nextInteraction++;
        String callId = "i-" + n;
        MultimediaInteraction.CallLeg leg = c.multimedia().callCustomer(callId);
        a.start(callId, Channel.VOICE);
        VoiceInteraction v = new VoiceInteraction(
                Call.outbound(callId, seat.id(), c.customerId, leg.serviceId(), config.callPolicy()),
                new Caller(c.caller.name(), leg.number().value()), c.cad, now);
        v.chat = c;
        interactions.put(callId, v);
        store.interactionArrived(new StoredInteraction(n, callId, Channel.VOICE.name(), leg.serviceId(),
                c.customerId, c.caller.name(), leg.number().value(), now, List.of()));
    }

    /**
     * Where the chat's service says so, accepting a mobile chat dials the customer. The chat is
     * accepted either way; a call that cannot be made is told to the agent, who may call by hand.
     */
    private void callOnAccept(ChatInteraction c, AgentSeat seat, Instant now) {
        boolean configured = config.queueFor(c.queueId).map(QueueConfig::callOnAccept).orElse(false);
        if (!configured || c.mobile.phoneNumber().isEmpty()) {
            return;
        }
        try {
            callCustomer(c, seat, now);
        } catch (ActionRefusedException e) {
            seat.emit(EventTypes.NOTICE, null, new Notice(c.id, e.rule().name(),
                    "The customer could not be called automatically: " + e.rule().message()));
        }
    }

    /** A call made from a chat has ended: the chat may end now; the chat's wrap-up covers both. */
    private void endLegIfOver(VoiceInteraction v) {
        if (v.chat != null && v.call.phase() == CallPhase.ENDED && v.id.equals(v.chat.activeCall())) {
            v.chat.multimedia.releaseCall();
            v.wrapUpClosed.addAll(v.call.pendingWrapUps());
        }
    }

    /** To an agent: offered there at once (it must be able to take a chat now); to a queue: waits there. */
    private void transferChat(ChatInteraction c, ChatSession s, Agent from, ChatTransferTarget target, Instant now) {
        AgentSeat to = target instanceof ChatTransferTarget.ToAgent ta ? seats.get(ta.agentId()) : null;
        if (to != null && !to.id().equals(s.agentId()) && s.state() == ChatState.ACTIVE) {
            Optional<Rule> busy = to.agent.refusalOfOffer(Channel.CHAT);
            if (busy.isPresent()) {
                throw new ActionRefusedException(busy.get() == Rule.CAPACITY_REACHED ? busy.get()
                        : Rule.TRANSFER_TARGET_NOT_READY, to.id() + " is " + to.agent.state());
            }
        }
        s.transfer(target);
        from.end(c.id, true, now);
        c.transferredAway();
        switch (target) {
            case ChatTransferTarget.ToQueue q -> c.queueId = q.queueId();
            case ChatTransferTarget.ToAgent ta -> offer(c, to, now);
        }
    }

    @Override
    public EventFeed feed(String agentId) {
        return onLoop(() -> {
            AgentSeat seat = seat(agentId);
            if (seat.log == null) {
                throw new ServerRefusal(Reason.UNAUTHORIZED, "no session for " + agentId);
            }
            return seat.log;
        });
    }

    @Override
    public ServerEvent snapshot(String agentId) {
        return onLoop(() -> {
            AgentSeat seat = seat(agentId);
            long last = seat.log == null ? 0 : seat.log.lastId();
            return new ServerEvent(last, EventTypes.SNAPSHOT, null,
                    new Snapshot(views.agent(seat), viewsOf(agentId)));
        });
    }

    // ---- directory, queues, service state ------------------------------------------------------

    @Override
    public List<DirectoryEntry> directory(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<DirectoryEntry> matching = config.directory().stream().filter(e -> q.isEmpty()
                || e.name().toLowerCase(Locale.ROOT).contains(q) || e.target().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        return onLoop(() -> {
            List<DirectoryEntry> out = new ArrayList<>(matching.size());
            for (DirectoryEntry e : matching) {
                AgentSeat seat = e.kind() == DirectoryEntry.Kind.AGENT ? seats.get(e.target()) : null;
                out.add(seat == null ? e : e.withPresence(seat.agent.state().name()));
            }
            return List.copyOf(out);
        });
    }

    // ---- calls agents place ---------------------------------------------------------------------

    @Override
    public InteractionView placeCall(String agentId, String kind, String to) {
        return audited(agentId, "PLACE_CALL", kind + ":" + to, () -> onLoop(() -> {
            AgentSeat seat = seat(agentId);
            Optional<Rule> refusal = seat.agent.refusalOf(AgentAction.MAKE_CALL);
            if (refusal.isPresent()) {
                throw new ActionRefusedException(refusal.get(), agentId + " is " + seat.agent.state());
            }
            Instant now = clock.instant();
            long n = nextInteraction;
            String id = "i-" + n;
            VoiceInteraction v = switch (kind == null ? "" : kind) {
                case "NUMBER" -> outbound(seat, id, "c-" + n, DialString.parse(to == null ? "" : to), now);
                case "AGENT" -> internal(seat, id, to, now);
                default -> throw new ServerRefusal(Reason.INVALID, "kind must be NUMBER or AGENT");
            };
            seat.agent.placeCall(id);
            nextInteraction++;
            interactions.put(id, v);
            store.interactionArrived(new StoredInteraction(n, id, Channel.VOICE.name(), v.queueId(), v.customerId,
                    v.caller.name(), v.caller.number(), now, List.of()));
            callSync.sync(v, involved(v), now);
            dirtySeats.add(seat);
            afterChange(now);
            return views.interaction(v, agentId);
        }));
    }

    /** The customer's phone rings until the customer answers (after the configured delay, or by the simulator). */
    private VoiceInteraction outbound(AgentSeat seat, String id, String customerId, DialString number, Instant now) {
        String name = config.directory().stream().filter(e -> e.kind() == DirectoryEntry.Kind.NUMBER
                && e.target().equals(number.value())).map(DirectoryEntry::name).findFirst().orElse(null);
        VoiceInteraction v = new VoiceInteraction(
                Call.outbound(id, seat.id(), customerId, OUTBOUND_SERVICE, config.callPolicy()),
                new Caller(name, number.value()), cadSet(Map.of()), now);
        v.dialledAt = now;
        return v;
    }

    /** Rings at the called agent like any offer, in Ready or Not Ready as a consult request would. */
    private VoiceInteraction internal(AgentSeat seat, String id, String calledId, Instant now) {
        AgentSeat called = calledId == null ? null : seats.get(calledId);
        if (called == null) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no agent " + calledId);
        }
        if (called == seat) {
            throw new ActionRefusedException(Rule.CANNOT_CALL_YOURSELF, calledId);
        }
        Optional<Rule> busy = called.agent.refusalOfConsultOffer(Channel.VOICE);
        if (busy.isPresent()) {
            throw new ActionRefusedException(Rule.CALLED_AGENT_UNAVAILABLE,
                    called.account.name() + " is " + called.agent.state());
        }
        VoiceInteraction v = new VoiceInteraction(
                Call.internal(id, seat.id(), called.id(), INTERNAL_SERVICE, config.callPolicy(), now),
                new Caller(seat.account.name(), seat.id()), cadSet(Map.of()), now);
        v.internalCaller = seat.id();
        v.calledAgent = called.id();
        return v;
    }

    @Override
    public List<QueueView> queues() {
        return onLoop(() -> {
            List<QueueView> out = new ArrayList<>();
            for (QueueConfig q : config.queues()) {
                int waiting = 0;
                for (Interaction i : interactions.values()) {
                    if (i.isQueued() && config.queueFor(i.queueId()).map(x -> x.id().equals(q.id())).orElse(false)) {
                        waiting++;
                    }
                }
                out.add(new QueueView(q.id(), q.name(), q.channel().name(), waiting));
            }
            return List.copyOf(out);
        });
    }

    /** PARTIAL_SERVICE while some queue has no logged-in agent with its skills. */
    @Override
    public ServiceState serviceState() {
        if (closed) {
            return ServiceState.OUT_OF_SERVICE;
        }
        return onLoop(() -> {
            for (QueueConfig q : config.queues()) {
                boolean staffed = seats.values().stream().anyMatch(s -> s.agent.availability() != AgentState.LOGGED_OUT
                        && s.account.skills().containsAll(q.skills()));
                if (!staffed) {
                    return ServiceState.PARTIAL_SERVICE;
                }
            }
            return ServiceState.IN_SERVICE;
        });
    }

    // ---- customer simulator ----------------------------------------------------------------

    @Override
    public CustomerSimulator simulator() {
        return this;
    }

    @Override
    public String injectCall(String queueId, Caller caller, Map<String, String> cad) {
        return inject(queueId, Channel.VOICE, caller, cad);
    }

    @Override
    public String injectChat(String queueId, Caller caller, Map<String, String> cad) {
        return inject(queueId, Channel.CHAT, caller, cad, MobileContext.none());
    }

    @Override
    public String injectMobileChat(String queueId, Caller caller, Map<String, String> cad, MobileView mobile) {
        return inject(queueId, Channel.CHAT, caller, cad, mobileContext(mobile));
    }

    @Override
    public String injectCallback(String queueId, String type, String customerName, String customerNumber,
            String dnis) {
        return onLoop(() -> {
            QueueConfig queue = config.queueFor(queueId)
                    .orElseThrow(() -> new ServerRefusal(Reason.NOT_FOUND, "no queue or entry point " + queueId));
            if (queue.channel() != Channel.VOICE) {
                throw new ServerRefusal(Reason.INVALID, "queue " + queue.id() + " does not take callbacks");
            }
            long n = nextInteraction;
            String id = "i-" + n;
            String customer = "c-" + n;
            Instant now = clock.instant();
            VoiceInteraction v = callbacks.create(id, customer, queueId, queue, type,
                    new Caller(customerName, customerNumber), dnis, cadSet(Map.of()), now);
            nextInteraction++;
            interactions.put(id, v);
            store.interactionArrived(new StoredInteraction(n, id, Channel.VOICE.name(), queueId, customer,
                    v.caller.name(), v.caller.number(), now, List.of(), v.callback.type().name(), v.dnis));
            storeState(v, now);
            afterChange(now);
            return id;
        });
    }

    @Override
    public void outboundAnswered(String interactionId) {
        onLoop(() -> {
            if (!(interactions.get(interactionId) instanceof VoiceInteraction v) || !v.isDialing()) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no outbound call ringing its customer: " + interactionId);
            }
            v.dialledAt = null;
            audit(v.customerId, "OUTBOUND_ANSWERED", interactionId, null, AuditEntry.COMPLETED, null);
            afterChange(clock.instant());
            return null;
        });
    }

    @Override
    public void callbackAnswered(String interactionId) {
        customerOfCallback(interactionId, "CALLBACK_ANSWERED", (v, now) -> v.callback.customerAnswered());
    }

    @Override
    public void callbackMissed(String interactionId) {
        customerOfCallback(interactionId, "CALLBACK_MISSED", (v, now) -> {
            String agentId = v.call.agent1().orElse(null);
            Set<String> before = involved(v);
            Callbacks.requeue(v, config);
            storeState(v, now);
            callSync.sync(v, before, now);
            if (agentId != null) {
                AgentSeat seat = seats.get(agentId);
                // The agent worked until now: routing must not take it for the longest idle.
                seat.idleSince = now;
                seat.emit(EventTypes.NOTICE, null, new Notice(v.id, null,
                        "The customer did not answer the callback; it returned to its queue."));
            }
        });
    }

    /** The callback's customer answers or not; audited under the customer's id. */
    private void customerOfCallback(String interactionId, String action,
            BiConsumer<VoiceInteraction, Instant> change) {
        onLoop(() -> {
            if (!(interactions.get(interactionId) instanceof VoiceInteraction v) || v.callback == null) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no callback " + interactionId);
            }
            Instant now = clock.instant();
            try {
                change.accept(v, now);
            } catch (ActionRefusedException e) {
                audit(v.customerId, action, interactionId, null, AuditEntry.REFUSED, e.rule().name());
                throw new ServerRefusal(Reason.CONFLICT, e.rule(), "the callback is " + v.callback.state()
                        + ", not ringing its customer");
            }
            audit(v.customerId, action, interactionId, null, AuditEntry.COMPLETED, null);
            afterChange(now);
            return null;
        });
    }

    private static MobileContext mobileContext(MobileView m) {
        if (m == null) {
            return MobileContext.none();
        }
        try {
            LocationView l = m.location();
            return new MobileContext(Optional.ofNullable(m.phoneNumber()).map(DialString::parse),
                    Optional.ofNullable(l).map(x -> new Location(x.latitude(), x.longitude(), x.accuracyMeters(),
                            Objects.requireNonNullElseGet(x.at(), Instant::now))));
        } catch (ActionRefusedException e) {
            throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
        }
    }

    private String inject(String queueId, Channel channel, Caller caller, Map<String, String> cad) {
        return inject(queueId, channel, caller, cad, MobileContext.none());
    }

    private String inject(String queueId, Channel channel, Caller caller, Map<String, String> cad,
            MobileContext mobile) {
        return onLoop(() -> {
            QueueConfig queue = config.queueFor(queueId)
                    .orElseThrow(() -> new ServerRefusal(Reason.NOT_FOUND, "no queue or entry point " + queueId));
            if (queue.channel() != channel) {
                throw new ServerRefusal(Reason.INVALID, "queue " + queue.id() + " does not take " + channel);
            }
            CadSet variables = cadSet(cad == null ? Map.of() : cad);
            Caller who = caller == null ? new Caller(null, null) : caller;
            long n = nextInteraction++;
            String id = "i-" + n;
            String customer = "c-" + n;
            Instant now = clock.instant();
            Interaction i = channel == Channel.VOICE
                    ? new VoiceInteraction(Call.queued(id, customer, queueId, config.callPolicy()), who, variables, now)
                    : new ChatInteraction(id, customer, queueId, who, variables, now);
            if (i instanceof ChatInteraction c) {
                c.mobile = mobile;
            }
            interactions.put(id, i);
            store.interactionArrived(new StoredInteraction(n, id, channel.name(), queueId, customer, who.name(),
                    who.number(), now, storedCad(variables)));
            storeState(i, now);
            afterChange(now);
            return id;
        });
    }

    private static List<StoredCad> storedCad(CadSet variables) {
        List<StoredCad> out = new ArrayList<>();
        for (CadVariable v : variables.all()) {
            if (!v.value().isEmpty()) {
                out.add(new StoredCad(v.name(), v.value().reveal(), v.definition().secure()));
            }
        }
        return out;
    }

    private CadSet cadSet(Map<String, String> values) {
        for (String name : values.keySet()) {
            if (config.cadVariables().stream().noneMatch(d -> d.name().equals(name))) {
                throw new ServerRefusal(Reason.INVALID, Rule.CAD_UNKNOWN_VARIABLE, "unknown call variable " + name);
            }
        }
        List<CadVariable> vars = new ArrayList<>();
        for (CadDefinition d : config.cadVariables()) {
            try {
                vars.add(new CadVariable(d, values.get(d.name())));
            } catch (ActionRefusedException e) {
                throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
            }
        }
        return new CadSet(vars);
    }

    @Override
    public void hangUp(String interactionId) {
        onLoop(() -> {
            Interaction i = interactions.get(interactionId);
            if (i == null) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no interaction " + interactionId);
            }
            Instant now = clock.instant();
            try {
                switch (i) {
                    case VoiceInteraction v -> {
                        if (Callbacks.ringingCustomer(v)) {
                            throw new ServerRefusal(Reason.CONFLICT, Rule.NOT_ALLOWED_IN_STATE,
                                    "the callback's customer is being dialled: answered or missed, not hung up");
                        }
                        if (v.internalCaller != null) {
                            throw new ServerRefusal(Reason.CONFLICT, Rule.NOT_ALLOWED_IN_STATE,
                                    "an internal call has no customer to hang up");
                        }
                        boolean declined = v.isDialing();
                        Set<String> before = involved(v);
                        v.call.leave(v.customerId);
                        if (declined) {
                            v.call.agent1().map(seats::get).ifPresent(seat -> seat.emit(EventTypes.NOTICE, null,
                                    new Notice(v.id, null, "The customer did not take the call.")));
                        }
                        endLegIfOver(v);
                        Callbacks.follow(v);
                        callSync.sync(v, before, now);
                    }
                    case ChatInteraction c -> customerLeavesChat(c, now);
                }
            } catch (ActionRefusedException e) {
                throw new ServerRefusal(Reason.CONFLICT, e.rule(), e.getMessage());
            }
            afterChange(now);
            return null;
        });
    }

    private void customerLeavesChat(ChatInteraction c, Instant now) {
        if (c.customerLeft) {
            throw new ActionRefusedException(Rule.CALL_ENDED, c.id);
        }
        ChatSession s = c.session;
        if (s != null) {
            Agent a = seats.get(s.agentId()).agent;
            if (s.state() == ChatState.OFFERED) {
                a.withdrawOffer(c.id);
                c.session = null;
            } else if (s.state() == ChatState.ACTIVE) {
                s.end();
                a.end(c.id, true, now);
                seats.get(s.agentId()).emit(EventTypes.NOTICE, null,
                        new Notice(c.id, null, "The customer left the chat."));
            } else {
                throw new ActionRefusedException(Rule.CALL_ENDED, c.id);
            }
        }
        c.customerLeft = true;
    }

    @Override
    public void sendChat(String interactionId, String text) {
        if (text == null || text.isBlank() || text.length() > CommandParser.MAX_CHAT_TEXT) {
            throw new ServerRefusal(Reason.INVALID, "text: 1 to " + CommandParser.MAX_CHAT_TEXT + " characters");
        }
        onLoop(() -> {
            if (!(interactions.get(interactionId) instanceof ChatInteraction c) || c.customerLeft) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no open chat " + interactionId);
            }
            Instant now = clock.instant();
            if (c.session == null || c.session.state() == ChatState.OFFERED) {
                c.waitingLines.add(new ChatLine(c.customerId, now, text));
            } else {
                try {
                    c.session.receive(text, now);
                } catch (ActionRefusedException e) {
                    throw new ServerRefusal(Reason.CONFLICT, e.rule(), e.getMessage());
                }
            }
            afterChange(now);
            return null;
        });
    }

    @Override
    public void customerTyping(String interactionId, boolean typing) {
        onLoop(() -> {
            if (!(interactions.get(interactionId) instanceof ChatInteraction c) || c.customerLeft) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no open chat " + interactionId);
            }
            if (c.session != null && c.session.state() == ChatState.ACTIVE) {
                seats.get(c.session.agentId()).emit(EventTypes.CUSTOMER_TYPING, null,
                        new CustomerTyping(c.id, typing, clock.instant()));
            }
            return null;
        });
    }

    @Override
    public void sendPicture(String interactionId, String fileName, String declaredType, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "picture" : fileName.strip();
        if (name.length() > 128 || content == null || content.length == 0 || declaredType == null) {
            throw new ServerRefusal(Reason.INVALID, Rule.MISSING_VALUE,
                    "a picture needs content, a content type and a file name of at most 128 characters");
        }
        // Checked here, off the event loop: nothing is decoded, only the header is read.
        ActionRefusedException problem = null;
        PictureInspector.Picture picture = null;
        try {
            if (content.length > ATTACHMENTS.maxBytes()) {
                throw new ActionRefusedException(Rule.ATTACHMENT_TOO_LARGE,
                        content.length + " > " + ATTACHMENTS.maxBytes() + " bytes");
            }
            picture = PictureInspector.inspect(content);
            String declared = declaredType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
            if (!declared.equals(picture.mediaType()) && !(declared.equals("image/jpg")
                    && picture.mediaType().equals("image/jpeg"))) {
                throw new ActionRefusedException(Rule.ATTACHMENT_MISLABELLED,
                        "sent as " + declared + ", content is " + picture.mediaType());
            }
        } catch (ActionRefusedException e) {
            problem = e;
        }
        ActionRefusedException refused = problem;
        PictureInspector.Picture checked = picture;
        onLoop(() -> {
            if (!(interactions.get(interactionId) instanceof ChatInteraction c) || c.customerLeft) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no open chat " + interactionId);
            }
            if (c.session == null || c.session.state() != ChatState.ACTIVE) {
                throw new ServerRefusal(Reason.CONFLICT, Rule.NOT_ALLOWED_IN_STATE, "the chat is not active");
            }
            Instant now = clock.instant();
            Attachment a = null;
            ActionRefusedException e = refused;
            if (e == null) {
                try {
                    a = new Attachment(name, checked.mediaType(), content.length);
                    c.session.receivePicture(a, now);
                } catch (ActionRefusedException coreRefusal) {
                    e = coreRefusal;
                }
            }
            if (e != null) {
                seats.get(c.session.agentId()).emit(EventTypes.NOTICE, null,
                        new Notice(c.id, e.rule().name(), "A picture from the customer was refused: "
                                + e.rule().message()));
                throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
            }
            c.pictures.add(new ChatInteraction.Picture(a, new AttachmentView(c.pictures.size(), name,
                    checked.mediaType(), content.length, checked.width(), checked.height(), c.customerId, now),
                    content.clone()));
            afterChange(now);
            return null;
        });
    }

    @Override
    public AttachmentContent attachment(String agentId, String interactionId, int index) {
        return onLoop(() -> {
            Interaction i = accessible(agentId, interactionId);
            if (!(i instanceof ChatInteraction c) || index < 0 || index >= c.pictures.size()) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no attachment " + index + " of " + interactionId);
            }
            ChatInteraction.Picture p = c.pictures.get(index);
            return new AttachmentContent(p.view().fileName(), p.view().mediaType(), p.bytes());
        });
    }

    // ---- time -------------------------------------------------------------------------------

    @Override
    public void tick() {
        onLoop(() -> {
            tickNow();
            return null;
        });
    }

    private void tickNow() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        allSeatsDirty = true;
        allInteractionsDirty = true;
        for (AgentSeat seat : seats.values()) {
            presence.check(seat, now);
            for (AgentEvent e : seat.agent.tick(now)) {
                switch (e) {
                    case AgentEvent.OfferTimedOut t -> {
                        seat.emit(EventTypes.NOTICE, null, new Notice(t.interactionId(), Rule.OFFER_NOT_ANSWERED.name(),
                                Rule.OFFER_NOT_ANSWERED.message()));
                        offerReturned(t.interactionId(), seat.id(), now);
                    }
                    case AgentEvent.OfferWithdrawn w -> offerReturned(w.interactionId(), seat.id(), now);
                    case AgentEvent.WrapUpTimedOut w -> {
                        if (interactions.get(w.interactionId()) instanceof VoiceInteraction v) {
                            v.wrapUpClosed.add(seat.id());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        for (Interaction i : List.copyOf(interactions.values())) {
            if (i instanceof VoiceInteraction v) {
                if (v.isDialing() && config.outboundAnswerDelay()
                        .filter(d -> !now.isBefore(v.dialledAt.plus(d))).isPresent()) {
                    v.dialledAt = null;
                }
                Set<String> before = involved(v);
                for (CallNotice n : v.call.tick(now)) {
                    AgentSeat seat = n.agentId() == null ? null : seats.get(n.agentId());
                    if (seat != null) {
                        seat.emit(EventTypes.NOTICE, null, new Notice(v.id, n.rule().name(), n.message()));
                    }
                }
                Callbacks.follow(v);
                before.addAll(involved(v));
                callSync.sync(v, before, now);
            }
        }
        afterChange(now);
    }

    /** An offer the agent did not answer (or that went with one it did not): back to the queue. */
    private void offerReturned(String interactionId, String agentId, Instant now) {
        switch (interactions.get(interactionId)) {
            case VoiceInteraction v -> {
                Call c = v.call;
                boolean ringing = c.offeredTo().filter(agentId::equals).isPresent();
                boolean consulted = c.consultedParty().filter(agentId::equals).isPresent() && !c.isConsultAccepted();
                if (ringing || consulted) {
                    c.reject(agentId);
                    Callbacks.follow(v);
                    for (CallNotice n : c.drainNotices()) {
                        AgentSeat seat = n.agentId() == null ? null : seats.get(n.agentId());
                        if (seat != null) {
                            seat.emit(EventTypes.NOTICE, null, new Notice(v.id, n.rule().name(), n.message()));
                        }
                    }
                }
            }
            case ChatInteraction c -> {
                if (c.session != null && c.session.agentId().equals(agentId)
                        && c.session.state() == ChatState.OFFERED) {
                    c.session = null;
                }
            }
            case null -> {
            }
        }
    }

    // ---- after every change: route, then tell each agent what changed --------------------------

    private void afterChange(Instant now) {
        Router.Match m;
        while ((m = router.next(interactions.values())) != null) {
            route(m, now);
        }
        declines.tell();
        publish(now);
    }

    private void offer(Interaction i, AgentSeat seat, Instant now) {
        switch (i) {
            case VoiceInteraction v -> {
                v.call.offer(seat.id(), now);
                Callbacks.follow(v);
                seat.agent.offer(v.id, Channel.VOICE, now);
            }
            case ChatInteraction c -> {
                c.session = new ChatSession(c.id, c.customerId, c.queueId, seat.id(), c.mobile,
                        ATTACHMENTS, config.wrapUpCatalog());
                seat.agent.offer(c.id, Channel.CHAT, now);
            }
        }
    }

    private void route(Router.Match m, Instant now) {
        interactions.touch(m.interaction());
        dirtySeats.add(m.seat());
        if (m.consult() && m.interaction() instanceof VoiceInteraction v) {
            v.call.routeConsult(m.seat().id());
            callSync.sync(v, List.of(m.seat().id()), now);
        } else {
            offer(m.interaction(), m.seat(), now);
        }
    }

    /** Writes the interaction's state to the store's history when it changed; before routing, so QUEUED is kept. */
    private void storeState(Interaction i, Instant now) {
        String state = i.state();
        if (!state.equals(i.storedState)) {
            i.storedState = state;
            store.interactionStateChanged(new InteractionStateChange(i.id, now, state));
        }
    }

    private void publish(Instant now) {
        // The interactions that may have changed, and any of an agent whose view of one changed (a
        // chat and the call to its customer share an agent): compared with what each agent was shown.
        Collection<Interaction> candidates = interactions.takeTouched();
        if (allInteractionsDirty || interactions.size() <= COMPARE_ALL_UP_TO) {
            candidates = List.copyOf(interactions.values());
            allInteractionsDirty = false;
        } else if (!allSeatsDirty) {
            for (AgentSeat seat : dirtySeats) {
                addInteractionsOf(seat, candidates);
            }
        }
        Deque<Interaction> work = new ArrayDeque<>(candidates);
        Set<Interaction> compared = new HashSet<>();
        while (!work.isEmpty()) {
            Interaction i = work.poll();
            if (!compared.add(i) || interactions.peek(i.id) != i) {
                continue;
            }
            storeState(i, now);
            Set<String> involved = involved(i);
            for (String agentId : involved) {
                InteractionView view = views.interaction(i, agentId);
                if (!view.equals(i.shown.get(agentId))) {
                    i.shown.put(agentId, view);
                    AgentSeat seat = seats.get(agentId);
                    seat.shown.add(i);
                    seat.emit(EventTypes.INTERACTION, null, view);
                    if (dirtySeats.add(seat)) {
                        addInteractionsOf(seat, work);
                    }
                }
            }
            for (var shown = i.shown.keySet().iterator(); shown.hasNext();) {
                String agentId = shown.next();
                if (!involved.contains(agentId)) {
                    shown.remove();
                    AgentSeat seat = seats.get(agentId);
                    seat.shown.remove(i);
                    if (i instanceof VoiceInteraction v && v.isInternalCaller(agentId) && !v.callerHungUp
                            && v.call.agent1().isEmpty()) {
                        AgentSeat called = seats.get(v.calledAgent);
                        seat.emit(EventTypes.NOTICE, null, new Notice(v.id, Rule.OFFER_NOT_ANSWERED.name(),
                                called.account.name() + " did not answer the call."));
                    }
                    seat.emit(EventTypes.INTERACTION_REMOVED, null, new InteractionRemoved(i.id));
                    if (dirtySeats.add(seat)) {
                        addInteractionsOf(seat, work);
                    }
                }
            }
            if (i.isOver() && involved.isEmpty()) {
                interactions.remove(i.id);
            }
        }
        interactions.takeTouched();
        // An agent's state changes by its own requests, with its interactions (whose views were just
        // compared) or by time: only those seats are looked at, all of them after a tick.
        Iterable<AgentSeat> changed = allSeatsDirty ? seats.values() : List.copyOf(dirtySeats);
        allSeatsDirty = false;
        dirtySeats.clear();
        for (AgentSeat seat : changed) {
            AgentView view = views.agent(seat);
            if (view.state().equals(AgentState.READY.name())
                    && (seat.published == null || !seat.published.state().equals(AgentState.READY.name()))) {
                seat.idleSince = now;
            }
            if (!view.state().equals(seat.storedState) || !Objects.equals(view.reasonCode(), seat.storedReason)) {
                seat.storedState = view.state();
                seat.storedReason = view.reasonCode();
                store.agentStateChanged(new AgentStateChange(seat.id(), now, view.state(), view.reasonCode()));
            }
            restoration.record(seat, now);
            if (!view.equals(seat.published)) {
                seat.published = view;
                seat.emit(EventTypes.AGENT_STATE, null, view);
            }
            if (seat.agent.availability() == AgentState.LOGGED_OUT && seat.hasSession()) {
                loggedOut.add(seat);
            }
        }
        if (!answering) {
            endLoggedOutSessions();
        }
    }

    /** Ends the sessions of agents logged out, after the outcome of the request that did it (a wrap-up) is out. */
    private void endLoggedOutSessions() {
        for (AgentSeat seat : loggedOut) {
            if (seat.agent.availability() == AgentState.LOGGED_OUT) {
                endSession(seat);
            }
        }
        loggedOut.clear();
    }

    /** The interactions an agent was shown or its state machine holds. */
    private void addInteractionsOf(AgentSeat seat, Collection<Interaction> into) {
        into.addAll(seat.shown);
        for (Collection<String> ids : List.of(seat.agent.offers(), seat.agent.activeInteractions(),
                seat.agent.wrapUps())) {
            for (String id : ids) {
                Interaction i = interactions.peek(id);
                if (i != null) {
                    into.add(i);
                }
            }
        }
    }
}
