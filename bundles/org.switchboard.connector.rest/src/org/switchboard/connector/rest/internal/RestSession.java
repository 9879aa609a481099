package org.switchboard.connector.rest.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.ChatService;
import org.switchboard.connector.CalendarService;
import org.switchboard.connector.EmailService;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.DirectoryService;
import org.switchboard.connector.FailoverControl;
import org.switchboard.connector.OutboxItem;
import org.switchboard.connector.OutboxStatus;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.TeamService;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.WorkCodes;
import org.switchboard.connector.cti.CallControlClientFactory;
import org.switchboard.store.LocalStore;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A session with Switchboard Server over REST and server-sent events. Threads: {@code control}
 * (connections), {@code events} (reading events, keeping the desk, publishing to listeners in one
 * order) and {@code io} (actions and the outbox); listeners run on their own executors.
 */
final class RestSession implements ConnectorSession, OutboxSender.Session, StreamSupervisor.Sink {

    private static final System.Logger LOG = System.getLogger(RestSession.class.getName());

    private final ConnectionSettings settings;
    private final CompletableFuture<LocalStore> store;
    private final Map<ServerRole, ServerLink> links = new EnumMap<>(ServerRole.class);
    private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(named("control"));
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(named("io"));
    private final ExecutorService events = Executors.newSingleThreadExecutor(named("events"));
    private final ExecutorService closer = Executors.newCachedThreadPool(named("closer"));
    private final ExecutorService downloads = Executors.newFixedThreadPool(2, named("downloads"));
    private final ExecutorService lookups = Executors.newSingleThreadExecutor(named("lookups"));
    private final ExecutorService knowledge = Executors.newSingleThreadExecutor(named("knowledge"));
    private final Listeners listeners = new Listeners();
    private final Outcomes outcomes = new Outcomes();
    private final Desk desk;
    private final OutboxSender outbox;
    private final CallControlSender callControl;
    private final Map<Class<?>, Object> capabilities;
    private final RestWorkCodes workCodes = new RestWorkCodes();
    private StreamSupervisor supervisor;

    private RestSession(ConnectionSettings settings, CompletableFuture<LocalStore> store,
            CallControlClientFactory callControlClients) {
        this.settings = settings;
        this.store = store;
        this.desk = new Desk(settings.agentId());
        links.put(ServerRole.PRIMARY, new ServerLink(ServerRole.PRIMARY, settings.primary(), settings));
        settings.secondary().ifPresent(uri -> links.put(ServerRole.SECONDARY,
                new ServerLink(ServerRole.SECONDARY, uri, settings)));
        // Used on io only after start() has waited for the store
        this.outbox = new OutboxSender(() -> store.join().outbox(), io, settings, this);
        ActionSender actions = new ActionSender(this, io);
        this.callControl = callControlClients == null ? null
                : new CallControlSender(this, io, settings, callControlClients);
        this.capabilities = Map.ofEntries(
                Map.entry(AgentStateService.class, new RestAgentState(settings.agentId(), desk, this, io)),
                Map.entry(TelephonyService.class, new RestTelephony(desk, actions, callControl, outbox,
                        new CallPlacer(this, io), new SecureValueReader(this, lookups))),
                Map.entry(DirectoryService.class, new RestDirectory(this, lookups)),
                Map.entry(ChatService.class, new RestChat(desk, actions, outbox, this, downloads)),
                Map.entry(EmailService.class, new RestEmail(desk, actions, outbox, this, lookups)),
                Map.entry(KnowledgeService.class, new RestKnowledge(this, knowledge)),
                Map.entry(CalendarService.class, new RestCalendar(this, lookups)),
                Map.entry(OutboxStatus.class, new Outbox()),
                Map.entry(FailoverControl.class, new Failover()),
                Map.entry(WorkCodes.class, workCodes),
                Map.entry(TeamService.class, new RestTeam(desk.team, this, lookups, this::supervising)));
    }

    /**
     * Logs in (primary first, then secondary) and reads the administrator's reason codes and
     * dispositions while the local store opens, and once both are done starts the stream and the
     * outbox. Blocks on the login and on the store.
     *
     * @param store              the local store, opening
     * @param callControlClients clients of the call-control protocol the settings choose, or
     *                           {@code null} when they choose REST
     * @throws org.switchboard.store.StoreException when the local store cannot be opened (the server
     *                                              session just begun is ended)
     */
    static RestSession open(ConnectionSettings settings, CompletableFuture<LocalStore> store,
            CallControlClientFactory callControlClients) {
        RestSession session = new RestSession(settings, store, callControlClients);
        try {
            session.start();
            return session;
        } catch (RuntimeException e) {
            session.shutdownThreads();
            throw e;
        }
    }

    private void start() {
        ServerRole first = null;
        RuntimeException failure = null;
        for (Map.Entry<ServerRole, ServerLink> e : links.entrySet()) {
            try {
                e.getValue().login(null);
                first = e.getKey();
                break;
            } catch (RuntimeException loginFailed) {
                failure = loginFailed;
            }
        }
        if (first == null) {
            throw failure instanceof ConnectorException c ? c
                    : new ConnectorException("No server accepted the login: " + failure.getMessage(), failure);
        }
        workCodes.load(links.get(first));
        awaitStore(links.get(first));
        supervisor = new StreamSupervisor(links, first, settings, control, events, closer, this);
        supervisor.start();
        outbox.flushSoon();
    }

    private void awaitStore(ServerLink loggedIn) {
        try {
            store.join();
        } catch (CompletionException e) {
            loggedIn.logoutQuietly();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public String agentId() {
        return settings.agentId();
    }

    /** The login was a supervisor's: it has a team, not interactions. */
    private boolean supervising() {
        return links.values().stream().anyMatch(l -> "SUPERVISOR".equals(l.accountRole()));
    }

    @Override
    public ConnectionState state() {
        return supervisor.state();
    }

    @Override
    public <T> Optional<T> adapt(Class<T> capability) {
        return Optional.ofNullable(capabilities.get(capability)).map(capability::cast);
    }

    @Override
    public void addListener(ConnectorListener listener, java.util.concurrent.Executor executor) {
        listeners.add(listener, executor);
    }

    @Override
    public void removeListener(ConnectorListener listener) {
        listeners.remove(listener);
    }

    // ---- OutboxSender.Session ----------------------------------------------------------------

    @Override
    public ServerLink link() {
        return links.get(supervisor.role());
    }

    @Override
    public Outcomes outcomes() {
        return outcomes;
    }

    @Override
    public void publish(ConnectorEvent event) {
        try {
            events.execute(() -> listeners.publish(event));
        } catch (RejectedExecutionException closed) {
            LOG.log(System.Logger.Level.DEBUG, "session closed, not published: " + event);
        }
    }

    @Override
    public boolean streaming() {
        ConnectionState s = supervisor.state();
        return s == ConnectionState.CONNECTED || s == ConnectionState.FAILED_OVER;
    }

    // ---- StreamSupervisor.Sink --------------------------------------------------------------

    @Override
    public void onEvent(String type, JsonNode data) {
        for (ConnectorEvent event : desk.apply(type, data)) {
            if (event instanceof ConnectorEvent.ActionCompleted || event instanceof ConnectorEvent.ActionRefused) {
                if (!outcomes.arrived(event)) {
                    continue;
                }
                if (event instanceof ConnectorEvent.ActionRefused refused) {
                    outbox.refused(refused);
                }
            }
            listeners.publish(event);
        }
    }

    @Override
    public void onConnection(ConnectionState state, ServerRole server, String detail) {
        publish(new ConnectorEvent.ConnectionChanged(state, server, detail));
        if (state == ConnectionState.CONNECTED || state == ConnectionState.FAILED_OVER) {
            outbox.flushSoon();
        }
    }

    @Override
    public void logout() {
        if (supervisor != null) {
            // first, while the stream is up: closing it can wait seconds for its reader, and a desktop
            // that is exiting may not live that long
            link().logoutQuietly();
        }
        close();
    }

    @Override
    public void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        outcomes.failAll(new ConnectorException("The session was closed"));
        shutdownThreads();
        store.thenAccept(LocalStore::close);
    }

    private void shutdownThreads() {
        control.shutdownNow();
        io.shutdown();
        events.shutdown();
        try {
            // The outbox may be in the middle of a write; let it finish before the store closes.
            io.awaitTermination(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            events.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        io.shutdownNow();
        if (callControl != null) {
            callControl.close();
        }
        links.values().forEach(ServerLink::close);
        closer.shutdown();
        downloads.shutdownNow();
        lookups.shutdownNow();
        knowledge.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String role) {
        return r -> {
            Thread t = new Thread(r, "switchboard-connector-" + role);
            t.setDaemon(true);
            return t;
        };
    }

    private final class Outbox implements OutboxStatus {
        @Override
        public int pendingCount() {
            return outbox.status().pending();
        }

        @Override
        public List<OutboxItem> items() {
            return outbox.status().items();
        }
    }

    private final class Failover implements FailoverControl {
        @Override
        public ServerRole current() {
            return supervisor.role();
        }

        @Override
        public CompletionStage<ServerRole> switchTo(ServerRole role) {
            return supervisor.switchTo(role);
        }
    }
}
