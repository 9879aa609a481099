package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Await;
import org.switchboard.testing.Http;

/**
 * A desktop that is gone: its agent's event stream is closed by a real HTTP client. The server offers
 * it nothing while it is away, makes it Not Ready after the presence timeout (10 s) with its offer
 * routed on, and logs it out after the presence logout time (180 s); a desktop back in time keeps its
 * state. The agent's own logout: refused while an offer shows (the agent guide's rule), pending while
 * a call is open, and the stream ends when the agent is logged out.
 */
class PresenceOverHttpTest extends HttpScenario {

    /** Longer than the presence timeout, so that an offer is still ringing when the agent is found away. */
    private static final Duration LONG_OFFER = Duration.ofSeconds(60);

    private void startWithLongOffers() {
        start(ServerConfig.demo().withOfferTimeout(LONG_OFFER));
    }

    private JsonNode agent(String agentId, String token) {
        Http.Reply r = http.get("agents/" + agentId, token);
        assertEquals(200, r.status(), r.raw());
        return r.body();
    }

    /** Waits (real time, the contact center's time standing still) until the server has seen the stream go. */
    private void awaitAway(String agentId, String token) {
        awaitSeen(agentId, token, true);
    }

    private void awaitBack(String agentId, String token) {
        awaitSeen(agentId, token, false);
    }

    private void awaitSeen(String agentId, String token, boolean away) {
        Await.until(agentId + (away ? " seen away" : " seen back"), () -> {
            center.tick();
            return agent(agentId, token).path("away").asBoolean() == away;
        });
    }

    private void advance(Duration d) {
        clock.advance(d);
        center.tick();
    }

    @Test
    void aDesktopGoneIsOfferedNothingThenMadeNotReadyWithItsOfferRoutedOn() {
        startWithLongOffers();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        advance(Duration.ofSeconds(1));
        String a3 = loginReady("a3");
        SseReader events3 = stream(a3);
        String call = injectCall("sales");
        events1.await("interaction", v -> offered(v, call));
        long lastSeen = events1.lastId();

        events1.close();
        awaitAway("a1", a1);
        String chat = inject("chats", Map.of("queueId", "chat-support", "callerName", "Ines Duarte"));
        advance(Duration.ofSeconds(9));
        JsonNode away = agent("a1", a1);
        assertEquals("READY", away.path("availability").asText(), "within the grace period nothing changes");
        assertEquals(List.of(call), List.of(away.path("offers").get(0).asText()));
        assertEquals(1, away.path("offers").size(), "no new offer (the chat) while away: " + away);

        advance(Duration.ofSeconds(1));
        JsonNode notReady = agent("a1", a1);
        assertEquals("NOT_READY", notReady.path("state").asText(), notReady.toString());
        assertEquals("disconnected", notReady.path("reasonCode").asText());
        assertEquals(0, notReady.path("offers").size());
        events3.await("interaction", v -> offered(v, call));

        // The desktop comes back later and reads what happened meanwhile.
        try (SseReader back = new SseReader(http, a1, Long.toString(lastSeen))) {
            JsonNode notice = back.await("notice", n -> n.path("rule").asText().equals("DESKTOP_DISCONNECTED")).data();
            assertEquals("Your desktop was disconnected for 10 seconds: you were made Not Ready and what was offered"
                    + " to you went to other agents.", notice.path("message").asText());
            back.seenOrAwait("interaction-removed", r -> r.path("interactionId").asText().equals(call));
            back.seenOrAwait("agent-state", s -> s.path("reasonCode").asText().equals("disconnected"));
        }
        assertTrue(http.get("queues", a1).raw().contains("\"id\":\"chat-support\",\"name\":\"Chat support\","
                + "\"channel\":\"CHAT\",\"waiting\":1"), "the chat waits: " + chat);
    }

    @Test
    void aDesktopBackWithinTheGracePeriodKeepsItsState() {
        startWithLongOffers();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        events1.await("snapshot");
        events1.close();
        awaitAway("a1", a1);
        advance(Duration.ofSeconds(9));
        SseReader again = stream(a1);
        awaitBack("a1", a1);
        advance(Duration.ofSeconds(10));
        assertEquals("READY", agent("a1", a1).path("state").asText(), "back in time: still Ready");
        String call = injectCall("sales");
        again.await("interaction", v -> offered(v, call));
    }

    @Test
    void aDesktopBackIsOfferedAtOnceWhatWaitedForIt() {
        startWithLongOffers();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        events1.await("snapshot");
        events1.close();
        awaitAway("a1", a1);
        String call = injectCall("sales");
        assertEquals(0, agent("a1", a1).path("offers").size(), "nothing is offered while away");
        // No tick runs in this test's contact center: the stream's return itself routes the call.
        stream(a1);
        Await.until("an offer to a1", () -> agent("a1", a1).path("offers").size() > 0);
        assertEquals(call, agent("a1", a1).path("offers").path(0).asText(), "offered once the desktop is back");
    }

    @Test
    void aDesktopGoneForTheLogoutTimeIsLoggedOut() {
        startWithLongOffers();
        String a1 = loginReady("a1");
        String admin = staff("admin");
        SseReader events1 = stream(a1);
        events1.await("snapshot");
        events1.close();
        awaitAway("a1", a1);
        advance(Duration.ofSeconds(179));
        assertEquals("NOT_READY", agent("a1", a1).path("state").asText());
        advance(Duration.ofSeconds(1));
        assertEquals(401, http.get("agents/a1", a1).status(), "the session ended");
        assertEquals("LOGGED_OUT", agent("a1", admin).path("state").asText());
    }

    @Test
    void theAgentsOwnLogoutIsRefusedWhileAnOfferShowsAndWaitsForAnOpenCall() {
        startWithLongOffers();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        String call = injectCall("sales");
        events1.await("interaction", v -> offered(v, call));
        Http.Reply refused = http.delete("sessions/current", a1);
        assertEquals(409, refused.status(), refused.raw());
        assertEquals("NO_LOGOUT_WHILE_OFFER_SHOWING", refused.text("rule"));
        completes(events1, a1, call, "ANSWER", "answer", null);

        Http.Reply pending = http.delete("sessions/current", a1);
        assertEquals(200, pending.status(), pending.raw());
        assertEquals("LOGGED_OUT", pending.text("pendingState"), "pending while the call is open: " + pending.raw());
        assertFalse(events1.endsWithin(Duration.ofMillis(300)), "the stream goes on while the call is open");
        completes(events1, a1, call, "RELEASE", "release", null);
        completes(events1, a1, call, "WRAP_UP", "wrap-up", Map.of("disposition", "resolved", "notes", "done"));
        assertTrue(events1.endsWithin(Duration.ofSeconds(10)), "the stream ends once the agent is logged out");
        assertEquals(401, http.get("agents/a1", a1).status());
    }
}
