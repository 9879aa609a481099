package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.rest.internal.ApiException;
import org.switchboard.server.rest.internal.StreamTickets;

import org.switchboard.testing.Http;

/**
 * A client that cannot set headers (a browser's EventSource) opens its event stream with a stream
 * ticket: issued over an authenticated POST, single use, good for seconds, and only while the session lasts.
 */
class StreamTicketsTest extends HttpScenario {

    private String ticket(String token) {
        Http.Reply r = http.post("events/tickets", token, Map.of());
        assertEquals(201, r.status(), r.raw());
        assertEquals(30, r.body().path("expiresInSeconds").asInt(), r.raw());
        return r.text("ticket");
    }

    @Test
    void aTicketOpensTheAgentsStreamOnce() {
        start();
        String a1 = loginReady("a1");
        String ticket = ticket(a1);
        SseReader events = SseReader.withTicket(http, ticket);
        events.await("snapshot");
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));

        Http.Reply again = http.get("events?ticket=" + ticket, null);
        assertEquals(401, again.status(), "a ticket is good once: " + again.raw());
        assertEquals(401, http.get("events?ticket=forged", null).status());
        assertEquals(401, http.post("events/tickets", null, Map.of()).status());
        assertEquals(403, http.post("events/tickets", sim(), Map.of()).status(), "staff have no event stream");
    }

    @Test
    void aTicketOfASessionThatEndedOpensNothing() {
        start();
        String a2 = login("a2");
        String ticket = ticket(a2);
        assertEquals(200, http.delete("sessions/current", a2).status());
        assertEquals(401, http.get("events?ticket=" + ticket, null).status());
    }

    @Test
    void aTicketIsGoodForThirtySeconds() {
        start();
        String a1 = login("a1");
        StreamTickets tickets = new StreamTickets(center, clock);
        String early = tickets.issue("a1", a1);
        String late = tickets.issue("a1", a1);
        clock.advance(Duration.ofSeconds(29));
        assertEquals("a1", tickets.redeem(early));
        clock.advance(Duration.ofSeconds(1));
        ApiException expired = assertThrows(ApiException.class, () -> tickets.redeem(late));
        assertEquals("The stream ticket is not valid (unknown, used or expired).", expired.getMessage());
    }
}
