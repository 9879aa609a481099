package org.switchboard.server.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.QueueView;

/**
 * Keeps a demo contact center busy: a customer calls whenever at least {@code interval} has passed
 * since the previous demo call and some agent is Ready with nothing offered, in progress or in
 * wrap-up. Calls go to the voice queues in turn, skipping a queue where a call already waits, so
 * calls never pile up while agents are away. Not thread-safe: one thread calls {@link #tick()}.
 */
public final class DemoCalls {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(20);

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer("Dana Whitfield", "+12015550188", "DE-4471", "129.90", true),
            new Customer("Marco Bellini", "+390612345678", "IT-2093", "54.00", false),
            new Customer("Priya Natarajan", "+919876543210", "IN-7781", "310.25", false),
            new Customer("Tom Hughes", "+442079460311", "UK-1204", "18.50", true));

    private final ContactCenter center;
    private final Clock clock;
    private final Duration interval;
    private Instant lastCall;
    private int calls;

    public DemoCalls(ContactCenter center, Clock clock, Duration interval) {
        this.center = Objects.requireNonNull(center, "center");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval between demo calls must be positive: " + interval);
        }
        this.interval = interval;
    }

    /** Places the next demo call when it is due and an agent is free to take it; returns its id. */
    public Optional<String> tick() {
        Instant now = clock.instant();
        if (lastCall != null && now.isBefore(lastCall.plus(interval))) {
            return Optional.empty();
        }
        if (!someAgentFree()) {
            return Optional.empty();
        }
        List<QueueView> open = center.queues().stream()
                .filter(q -> "VOICE".equals(q.channel()) && q.waiting() == 0).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        QueueView queue = open.get(calls % open.size());
        Customer c = CUSTOMERS.get(calls % CUSTOMERS.size());
        String id = center.simulator().injectCall(queue.id(), new Caller(c.name(), c.number()),
                Map.of("customerName", c.name(), "accountNumber", c.account(), "orderTotal", c.orderTotal(),
                        "vip", Boolean.toString(c.vip())));
        calls++;
        lastCall = now;
        return Optional.of(id);
    }

    private boolean someAgentFree() {
        for (DirectoryEntry e : center.directory("")) {
            if (e.kind() == DirectoryEntry.Kind.AGENT) {
                AgentView a = center.agent(e.target());
                if ("READY".equals(a.availability()) && a.offers().isEmpty() && a.interactions().isEmpty()
                        && a.wrapUps().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Customer(String name, String number, String account, String orderTotal, boolean vip) {
    }
}
