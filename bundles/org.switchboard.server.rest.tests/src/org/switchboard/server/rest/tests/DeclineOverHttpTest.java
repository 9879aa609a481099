package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An agent declines (REJECT) a call or chat offer: the offer goes from that agent at once and the
 * interaction is offered to the next Ready agent who can take it, never back to the agent who
 * declined it; with nobody else it waits in its queue. The agent keeps its state and is told.
 */
class DeclineOverHttpTest extends HttpScenario {

    private static boolean declined(JsonNode notice, String id) {
        return notice.path("interactionId").asText().equals(id)
                && notice.path("rule").asText().equals("OFFER_DECLINED");
    }

    private String state(String agentId, String token) {
        return http.get("agents/" + agentId, token).text("state");
    }

    private JsonNode offers(String agentId, String token) {
        return http.get("agents/" + agentId, token).body().path("offers");
    }

    @Test
    void aDeclinedCallIsOfferedToTheNextReadyAgentAtOnceThenWaitsInItsQueue() {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        clock.advance(Duration.ofSeconds(1));
        String a3 = loginReady("a3");
        SseReader events3 = stream(a3);

        String call = injectCall("sales");
        events1.await("interaction", v -> offered(v, call));
        completes(events1, a1, call, "REJECT", "decline-1", null);
        events1.seenOrAwait("interaction-removed", r -> r.path("interactionId").asText().equals(call));
        JsonNode notice = events1.seenOrAwait("notice", n -> declined(n, call)).data();
        assertEquals("You declined the call; it was offered to another agent.", notice.path("message").asText());
        events3.await("interaction", v -> offered(v, call));
        assertEquals("READY", state("a1", a1), "declining keeps the agent's state");
        assertEquals(0, offers("a1", a1).size());

        // a3 declines too: a1, Ready and free, is not offered it again; it waits in its queue.
        completes(events3, a3, call, "REJECT", "decline-3", null);
        JsonNode waits = events3.seenOrAwait("notice", n -> declined(n, call)).data();
        assertEquals("You declined the call; it waits in its queue for another agent, and may be offered to you again after 60 s.", waits.path("message").asText());
        assertEquals(0, offers("a1", a1).size(), "not back to the agent who declined it");
        assertEquals(0, offers("a3", a3).size());
        String queues = http.get("queues", a1).raw();
        assertTrue(queues.matches("(?s).*\"id\":\"sales\"[^}]*\"waiting\":1.*"), queues);

        // Another call still reaches a1.
        String next = injectCall("sales");
        events1.await("interaction", v -> offered(v, next));
    }

    @Test
    void aDeclinedChatIsOfferedToTheNextReadyAgentAtOnce() {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        clock.advance(Duration.ofSeconds(1));
        String a2 = loginReady("a2");
        SseReader events2 = stream(a2);

        String chat = inject("chats", Map.of("queueId", "chat-support", "callerName", "Ines Duarte"));
        events1.await("interaction", v -> offered(v, chat));
        completes(events1, a1, chat, "REJECT", "decline-chat", null);
        events1.seenOrAwait("interaction-removed", r -> r.path("interactionId").asText().equals(chat));
        JsonNode notice = events1.seenOrAwait("notice", n -> declined(n, chat)).data();
        assertEquals("You declined the chat; it was offered to another agent.", notice.path("message").asText());
        events2.await("interaction", v -> offered(v, chat));
        assertEquals("READY", state("a1", a1));

        completes(events2, a2, chat, "REJECT", "decline-chat-2", null);
        JsonNode waits = events2.seenOrAwait("notice", n -> declined(n, chat)).data();
        assertEquals("You declined the chat; it waits in its queue for another agent, and may be offered to you again after 60 s.", waits.path("message").asText());
        assertEquals(0, offers("a1", a1).size(), "not back to the agent who declined it");
        assertEquals(0, offers("a2", a2).size());
    }
}
