package org.switchboard.server.rest.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.server.core.ContactCenter;

/**
 * Short-lived, single-use tickets that open an agent's event stream from a client that cannot set
 * headers (a browser's EventSource): issued over an authenticated request, passed as
 * {@code /events?ticket=...}, good for {@link #LIFETIME} and once, and only while the session they
 * were issued in lasts.
 */
public final class StreamTickets {

    static final Duration LIFETIME = Duration.ofSeconds(30);
    /** Tickets outstanding at once, all agents together: more are refused until some are used or expire. */
    static final int MAX_OUTSTANDING = 10_000;

    private record Ticket(String agentId, String token, Instant expires) {
    }

    private final ContactCenter center;
    private final Clock clock;
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public StreamTickets(ContactCenter center, Clock clock) {
        this.center = center;
        this.clock = clock;
    }

    /** A new ticket for the agent whose bearer token is {@code token}. */
    public String issue(String agentId, String token) {
        Instant now = clock.instant();
        tickets.values().removeIf(t -> !t.expires().isAfter(now));
        if (tickets.size() >= MAX_OUTSTANDING) {
            throw new ApiException(503, "busy", "Too many stream tickets are outstanding; try again shortly.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Ticket(agentId, token, now.plus(LIFETIME)));
        return ticket;
    }

    /** The agent the ticket was issued to, once; 401 for a ticket unknown, used, expired or of an ended session. */
    public String redeem(String ticket) {
        Ticket t = ticket == null ? null : tickets.remove(ticket);
        if (t == null || !t.expires().isAfter(clock.instant())
                || !center.agentOf(t.token()).filter(t.agentId()::equals).isPresent()) {
            throw new ApiException(401, "unauthorized", "The stream ticket is not valid (unknown, used or expired).");
        }
        return t.agentId();
    }
}
