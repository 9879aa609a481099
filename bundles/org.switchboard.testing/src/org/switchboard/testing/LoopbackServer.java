package org.switchboard.testing;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;

/**
 * A reference contact center in the test runtime, served on a free loopback port, on a clock the
 * tests move ({@link ManualClock#aheadOfSystemTime()}). The endpoint is what the test bundle starts
 * (its REST server), so this bundle needs no server front end in the runtimes that do not serve one.
 * It can be taken down and brought back on the same port, as a server restart looks to a client, and
 * {@link #clearDesk} ends what a test left an agent with, so tests do not depend on each other.
 */
public final class LoopbackServer {

    /** A started endpoint: where it answers and what stops it. */
    public record Endpoint(URI baseUri, AutoCloseable stop) {
    }

    /** Starts an endpoint serving {@code center} on {@code port} (0: a free one). */
    @FunctionalInterface
    public interface Endpoints {
        Endpoint start(ContactCenter center, int port);
    }

    private static final ActionParams RESOLVED = new ActionParams(null, null, null, "resolved", null, null);
    private static final Duration CLEAR_TIMEOUT = Duration.ofSeconds(20);

    private final ManualClock clock = ManualClock.aheadOfSystemTime();
    private final RunningContactCenter center;
    private final Endpoints endpoints;
    private final Map<String, RestAgent> agents = new ConcurrentHashMap<>();
    private final Set<String> customers = ConcurrentHashMap.newKeySet();
    private Endpoint endpoint;
    private final int port;

    public LoopbackServer(ServerConfig config, Endpoints endpoints) {
        this.center = ContactCenters.start(config, clock, null);
        this.endpoints = endpoints;
        this.endpoint = endpoints.start(center, 0);
        this.port = endpoint.baseUri().getPort();
    }

    public RunningContactCenter center() {
        return center;
    }

    public ManualClock clock() {
        return clock;
    }

    public synchronized URI api() {
        return endpoint.baseUri();
    }

    /** The server's time rules run as if {@code d} had passed. */
    public void elapse(Duration d) {
        clock.advance(d);
        center.tick();
    }

    /** Remembers an interaction a customer started, so that {@link #clearDesk} ends it if a test does not. */
    public String customer(String interactionId) {
        customers.add(interactionId);
        return interactionId;
    }

    /** Agent {@code agentId} logged in over the REST API with the demo password, once for the run. */
    public RestAgent agent(String agentId) {
        return agents.computeIfAbsent(agentId, id -> RestAgent.login(api(), id, id + "-demo"));
    }

    /**
     * Ends whatever a test left agent {@code agentId} with, as if the customers hung up and the agent
     * wrapped up elsewhere: calls first (a mobile chat may not end before its call), then every
     * customer interaction still open, then what the agent still holds (internal calls, consults) and
     * the wrap-ups it owes. Returns when the server lists nothing for the agent.
     */
    public void clearDesk(String agentId) {
        Await.value("nothing left for " + agentId, CLEAR_TIMEOUT, () -> clearOnce(agentId), List::isEmpty);
    }

    private List<InteractionView> clearOnce(String agentId) {
        List<InteractionView> held = center.interactionsOf(agentId).stream()
                .sorted(Comparator.comparing(v -> !"VOICE".equals(v.channel()))).toList();
        for (InteractionView v : held) {
            quietly(() -> center.simulator().hangUp(v.id()));
        }
        for (String id : List.copyOf(customers)) {
            quietly(() -> center.simulator().hangUp(id));
            customers.remove(id);
        }
        for (InteractionView v : center.interactionsOf(agentId)) {
            if (v.wrapUpOwed()) {
                submit(agentId, v.id(), "WRAP_UP", RESOLVED);
            } else if (v.allowedActions().contains("RELEASE")) {
                submit(agentId, v.id(), "RELEASE", ActionParams.none());
            } else if (v.allowedActions().contains("REJECT")) {
                submit(agentId, v.id(), "REJECT", ActionParams.none());
            }
        }
        return center.interactionsOf(agentId);
    }

    /** Applies an action as agent {@code agentId} does from any client; returns the rule of a refusal, or null. */
    public String submit(String agentId, String interactionId, String action, ActionParams params) {
        return center.submit(agentId, interactionId, new ActionCommand(action, params, UUID.randomUUID().toString()))
                .rule();
    }

    private static void quietly(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException alreadyOver) {
            // nothing left to end
        }
    }

    /** The endpoint goes away (clients' streams drop) and comes back on the same port. */
    public synchronized void restartEndpoint(Runnable whileDown) {
        close(endpoint);
        try {
            whileDown.run();
        } finally {
            endpoint = endpoints.start(center, port);
        }
    }

    private static void close(Endpoint e) {
        try {
            e.stop().close();
        } catch (Exception ex) {
            throw new IllegalStateException("cannot stop " + e.baseUri(), ex);
        }
    }
}
