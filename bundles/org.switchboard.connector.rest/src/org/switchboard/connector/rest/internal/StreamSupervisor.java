package org.switchboard.connector.rest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.rest.EventStream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps one event stream open for the session. A stream that fails, ends or stays silent longer
 * than the silence timeout (the server sends heartbeats) is replaced: the first attempt after the
 * first-retry delay, later ones backing off up to the maximum. A new stream on the same server
 * session resumes with {@code Last-Event-ID}; events at or below the last one delivered are
 * dropped, so each arrives once and in order. A new server session (a login, a failover) starts
 * from the server's snapshot instead.
 * <p>
 * While a server refuses connections, its port is probed every first-retry interval, so that a
 * restarted server is heard at once rather than at the next backed-off attempt. A server that
 * answers as one still starting (connection reset, 404 before its API is deployed, 502/503/504)
 * is retried on the fast schedule again: the first retry after the first-retry delay, backing off
 * to the maximum, however long the server refused connections before.
 * <p>
 * Opening a stream waits at most for the silence timeout after connecting, so a server that
 * accepts and never answers delays the next attempt by that long and no more. While a stream is
 * up and a secondary server is configured, the current server's service state is read every
 * service-poll interval; when it reports OUT_OF_SERVICE and the other server IN_SERVICE, the
 * session moves there.
 * <p>
 * Threading: connection work runs on the {@code control} executor (one thread), events are read
 * and handed to the {@link Sink} on the {@code events} executor (one thread).
 */
final class StreamSupervisor implements AutoCloseable, EventSubscription.Owner {

    private static final System.Logger LOG = System.getLogger(StreamSupervisor.class.getName());
    private static final String IN_SERVICE = "IN_SERVICE";
    private static final String OUT_OF_SERVICE = "OUT_OF_SERVICE";
    private static final long WATCHDOG_MILLIS = 100;

    /** Where the stream's events and state changes go. */
    interface Sink {

        /** On the events thread, in order. */
        void onEvent(String type, JsonNode data);

        /** On the control thread. */
        void onConnection(ConnectionState state, ServerRole server, String detail);
    }

    private final Map<ServerRole, ServerLink> links;
    private final ServerAvailability servers;
    private final ConnectionSettings settings;
    private final ScheduledExecutorService control;
    private final Executor events;
    private final Executor closer;
    private final Sink sink;
    private final List<CompletableFuture<ServerRole>> switches = new ArrayList<>();

    private volatile ServerRole role;
    private volatile EventSubscription current;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile boolean closed;
    private EventSubscription.Cursor cursor;
    private Duration backoff;
    private ScheduledFuture<?> nextAttempt;
    private boolean polling;
    /** Whether the last failed attempt met a server still starting: its fast schedule is under way. */
    private boolean retryingStart;

    StreamSupervisor(Map<ServerRole, ServerLink> links, ServerRole start, ConnectionSettings settings,
            ScheduledExecutorService control, Executor events, Executor closer, Sink sink) {
        this.links = links;
        this.servers = new ServerAvailability(links);
        this.role = start;
        this.settings = settings;
        this.control = control;
        this.events = events;
        this.closer = closer;
        this.sink = sink;
        this.backoff = settings.firstRetry();
    }

    void start() {
        control.execute(this::attempt);
        control.scheduleWithFixedDelay(this::watchdog, WATCHDOG_MILLIS, WATCHDOG_MILLIS, TimeUnit.MILLISECONDS);
        long poll = settings.servicePoll().toMillis();
        control.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    ConnectionState state() {
        return state;
    }

    ServerRole role() {
        return role;
    }

    /** Moves to {@code target} if it reports being in service; completes once streaming from there. */
    CompletionStage<ServerRole> switchTo(ServerRole target) {
        CompletableFuture<ServerRole> done = new CompletableFuture<>();
        control.execute(() -> {
            if (target == role && current != null) {
                done.complete(role);
                return;
            }
            if (!links.containsKey(target) || !IN_SERVICE.equals(serviceState(target))) {
                done.complete(role);
                return;
            }
            switches.add(done);
            EventSubscription leaving = current;
            current = null;
            closeQuietly(leaving);
            moveTo(target);
            attempt();
        });
        return done;
    }

    /**
     * On the control thread; the requests run on the closer pool, so that a slow answer delays
     * neither the watchdog nor a reconnection.
     */
    private void poll() {
        ServerRole here = role;
        ServerRole other = here == ServerRole.PRIMARY ? ServerRole.SECONDARY : ServerRole.PRIMARY;
        if (closed || polling || current == null || !links.containsKey(other)) {
            return;
        }
        polling = true;
        try {
            closer.execute(() -> {
                String hereState = serviceState(here);
                String otherState = OUT_OF_SERVICE.equals(hereState) ? serviceState(other) : null;
                onControl(() -> {
                    polling = false;
                    if (!closed && here == role && current != null && OUT_OF_SERVICE.equals(hereState)
                            && IN_SERVICE.equals(otherState)) {
                        EventSubscription leaving = current;
                        current = null;
                        closeQuietly(leaving);
                        moveTo(other);
                        setState(ConnectionState.RECONNECTING, here + " server reports " + OUT_OF_SERVICE);
                        attempt();
                    }
                });
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            polling = false;
        }
    }

    private void attempt() {
        nextAttempt = null;
        servers.newAttempt();
        if (closed || current != null) {
            return;
        }
        try {
            ServerRole target = pickServer();
            if (target == null) {
                throw new ConnectorException("no server can be reached");
            }
            subscribe(target);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "connecting the event stream failed", e);
            boolean startingNow = servers.anyStarting() || ServerFailures.startingUp(e);
            if (startingNow && !retryingStart) {
                backoff = settings.firstRetry();
            }
            retryingStart = startingNow;
            Duration wait = backoff;
            backoff = backoff.multipliedBy(2).compareTo(settings.maxRetry()) > 0 ? settings.maxRetry()
                    : backoff.multipliedBy(2);
            setState(state == ConnectionState.CONNECTING ? ConnectionState.CONNECTING : ConnectionState.RECONNECTING,
                    e.getMessage());
            nextAttempt = control.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
            if (servers.anyRefusing()) {
                control.schedule(this::probe, settings.firstRetry().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * While the next attempt waits for its back-off, the ports of the servers that refused
     * connections (nothing listened: being restarted) are tried every first-retry interval with a
     * bare TCP connection, which costs a server nothing; once one accepts, the attempt is made at
     * once. A server that answers with an error is retried on the back-off schedule only.
     */
    private void probe() {
        ScheduledFuture<?> pending = nextAttempt;
        if (closed || current != null || pending == null || pending.isDone()) {
            return;
        }
        if (servers.refusingServerAccepts(settings.firstRetry())) {
            pending.cancel(false);
            attempt();
            return;
        }
        control.schedule(this::probe, settings.firstRetry().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The current server if it is in service, else the other one if that is, else the current one if reachable. */
    private ServerRole pickServer() {
        String here = serviceState(role);
        if (IN_SERVICE.equals(here)) {
            return role;
        }
        ServerRole other = role == ServerRole.PRIMARY ? ServerRole.SECONDARY : ServerRole.PRIMARY;
        if (links.containsKey(other) && IN_SERVICE.equals(serviceState(other))) {
            moveTo(other);
            return other;
        }
        return here == null ? null : role;
    }

    private String serviceState(ServerRole r) {
        return servers.serviceState(r);
    }

    private void moveTo(ServerRole target) {
        if (target != role) {
            ServerLink leaving = links.get(role);
            role = target;
            // The agent must not be routed work on the server it left; that one may be unreachable.
            closer.execute(leaving::logoutQuietly);
        }
    }

    private void subscribe(ServerRole target) {
        ServerLink link = links.get(target);
        long generation = link.generation();
        if (cursor == null || cursor.role() != target || cursor.generation() != generation) {
            cursor = new EventSubscription.Cursor(target, generation, new AtomicLong(-1));
        }
        EventSubscription sub = new EventSubscription(cursor, this, sink);
        long last = cursor.lastId().get();
        current = sub;
        try {
            sub.stream = link.client().subscribe("events", last < 0 ? null : Long.toString(last), events, sub);
        } catch (RuntimeException e) {
            current = null;
            throw e;
        }
        if (!sub.stream.isOpen()) {
            current = null;
            closeQuietly(sub);
            throw new ConnectorException("the event stream of " + target + " did not open");
        }
        sub.touch();
        backoff = settings.firstRetry();
        retryingStart = false;
        setState(target == ServerRole.PRIMARY ? ConnectionState.CONNECTED : ConnectionState.FAILED_OVER,
                "events from " + link.client().baseUri() + (last < 0 ? "" : " after " + last));
        switches.forEach(f -> f.complete(target));
        switches.clear();
    }

    @Override
    public boolean isCurrent(EventSubscription subscription) {
        return subscription == current;
    }

    @Override
    public void lost(EventSubscription subscription, String reason) {
        onControl(() -> lostOnControl(subscription, reason));
    }

    private void lostOnControl(EventSubscription sub, String reason) {
        if (closed || sub != current) {
            return;
        }
        current = null;
        closeQuietly(sub);
        setState(ConnectionState.RECONNECTING, reason);
        backoff = settings.firstRetry();
        if (nextAttempt == null) {
            nextAttempt = control.schedule(this::attempt, backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void onControl(Runnable task) {
        try {
            control.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void watchdog() {
        EventSubscription sub = current;
        if (sub != null && sub.silentFor() > settings.silenceTimeout().toNanos()) {
            lostOnControl(sub, "no event or heartbeat for " + settings.silenceTimeout().toMillis() + " ms");
        }
    }

    private void setState(ConnectionState next, String detail) {
        if (next != state) {
            state = next;
            sink.onConnection(next, role, detail);
        }
    }

    private void closeQuietly(EventSubscription sub) {
        if (sub != null && sub.stream != null) {
            // Closing waits for the reader thread; a reconnection must not wait for that.
            EventStream stream = sub.stream;
            closer.execute(stream::close);
        }
    }

    @Override
    public void close() {
        closed = true;
        EventSubscription sub = current;
        current = null;
        control.shutdownNow();
        if (sub != null && sub.stream != null) {
            sub.stream.close();
        }
        state = ConnectionState.DISCONNECTED;
        sink.onConnection(ConnectionState.DISCONNECTED, role, "closed");
    }
}
