package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Consults to queues, entry points and Not Ready agents, transfers to entry points, chat transfers. */
class TransfersOverHttpTest extends HttpScenario {

    private static Map<String, Object> target(String type, String id) {
        return Map.of("target", Map.of("type", type, "id", id));
    }

    private static String agent2(JsonNode view) {
        for (JsonNode p : view.path("participants")) {
            if (p.path("role").asText().equals("AGENT_2")) {
                return p.path("id").asText();
            }
        }
        return null;
    }

    /** a1 (sales and support) answers a sales call; a2 (support only) and a3 (sales only) are Ready. */
    private String answeredSalesCall(String a1, SseReader events1) {
        String call = injectCall("sales");
        events1.await("interaction", v -> offered(v, call));
        completes(events1, a1, call, "ANSWER", "r-answer", null);
        return call;
    }

    private void consultRoutesToTheReadyAgentWithTheSkill(String type, String id) {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        String call = answeredSalesCall(a1, events1);
        String a2 = loginReady("a2");
        String a3 = loginReady("a3");
        SseReader events3 = stream(a3);

        completes(events1, a1, call, "CONSULT", "r1", target(type, id));
        JsonNode request = events3.await("interaction", v -> is(v, call)).data();
        assertTrue(request.path("allowedActions").toString().contains("ACCEPT_CONSULT"), request.toString());
        assertEquals("RESERVED", http.get("agents/a3", a3).text("state"));
        assertEquals("READY", http.get("agents/a2", a2).text("state"), "a2 lacks the sales skill");
        completes(events3, a3, call, "ACCEPT_CONSULT", "c1", null);
        JsonNode view = view(a1, call);
        assertEquals("CONSULT", view.path("state").asText());
        assertEquals("a3", agent2(view));
        completes(events1, a1, call, "TRANSFER", "r2", null);
        completes(events3, a3, call, "ACCEPT_TRANSFER", "c2", null);
        assertEquals("BUSY", http.get("agents/a3", a3).text("state"));
        assertEquals("WRAP_UP", http.get("agents/a1", a1).text("state"));
    }

    @Test
    void consultToAQueueRingsAnotherReadyAgentWithTheQueuesSkill() {
        consultRoutesToTheReadyAgentWithTheSkill("QUEUE", "sales");
    }

    @Test
    void consultToAnEntryPointRingsAnotherReadyAgentWithItsQueuesSkill() {
        consultRoutesToTheReadyAgentWithTheSkill("ENTRY_POINT", "ep-main");
    }

    @Test
    void consultToAQueueWithoutAReadyAgentFailsWhenNobodyAnswers() {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        String call = answeredSalesCall(a1, events1);
        completes(events1, a1, call, "CONSULT", "r1", target("QUEUE", "sales"));
        assertEquals("CONSULT", view(a1, call).path("state").asText());
        clock.advance(OFFER_TIMEOUT);
        center.tick();
        JsonNode notice = events1.await("notice").data();
        assertEquals("CONSULT_FAILED", notice.path("rule").asText());
        assertEquals("CONNECTED", view(a1, call).path("state").asText());
    }

    @Test
    void anAgentInNotReadyCanBeConsultedAndReturnsToNotReady() {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        String call = answeredSalesCall(a1, events1);
        String a2 = login("a2");
        SseReader events2 = stream(a2);
        assertEquals("NOT_READY", http.get("agents/a2", a2).text("state"));

        completes(events1, a1, call, "CONSULT", "r1", target("AGENT", "a2"));
        events2.await("interaction", v -> is(v, call));
        assertEquals("RESERVED", http.get("agents/a2", a2).text("state"));
        completes(events2, a2, call, "ACCEPT_CONSULT", "c1", null);
        completes(events2, a2, call, "EXIT_CONSULT", "c2", null);
        JsonNode a2Now = http.get("agents/a2", a2).body();
        assertEquals("NOT_READY", a2Now.path("state").asText());
        assertEquals("after-login", a2Now.path("reasonCode").asText(), a2Now.toString());

        refused(events1, a1, call, "CONSULT", "r2", target("AGENT", "a3"), "NOT_LOGGED_IN");
        assertEquals("CONNECTED", view(a1, call).path("state").asText(), "a refused consult changes nothing");
    }

    @Test
    void aCallTransferredToAnEntryPointNeverRoutesBackToTheTransferringAgent() {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        String call = answeredSalesCall(a1, events1);
        completes(events1, a1, call, "BLIND_TRANSFER", "r1", target("ENTRY_POINT", "ep-main"));
        completes(events1, a1, call, "WRAP_UP", "r2", Map.of("disposition", "resolved"));
        assertEquals("READY", http.get("agents/a1", a1).text("state"));
        center.tick();
        assertEquals(1, http.get("queues", a1).body().get(0).path("waiting").asInt(),
                "a1 is the only Ready sales agent, and the call waits rather than route back to it");

        String a3 = loginReady("a3");
        assertEquals("OFFERED", view(a3, call).path("state").asText(), "a3 gets it");
        assertEquals(0, http.get("queues", a1).body().get(0).path("waiting").asInt());
    }

    @Test
    void aChatIsTransferredToAnAgentAndThenToAQueue() {
        start();
        String a2 = loginReady("a2");
        SseReader events2 = stream(a2);
        String chat = inject("chats", Map.of("queueId", "chat-support", "callerName", "Eli"));
        events2.await("interaction", v -> offered(v, chat));
        completes(events2, a2, chat, "ACCEPT", "k1", null);
        http.post("sim/interactions/" + chat + "/messages", sim(), Map.of("text", "My parcel is lost."));
        completes(events2, a2, chat, "SEND", "k2", Map.of("text", "Let me pass you to a colleague."));

        String a1 = login("a1");
        SseReader events1 = stream(a1);
        refused(events2, a2, chat, "TRANSFER", "k3", target("AGENT", "a1"), "TRANSFER_TARGET_NOT_READY");
        assertEquals(400, act(a2, chat, "TRANSFER", "k4", target("QUEUE", "sales")).status(), "a voice queue");
        ready("a1", a1);
        completes(events2, a2, chat, "TRANSFER", "k5", target("AGENT", "a1"));
        JsonNode mine = view(a2, chat);
        assertEquals("TRANSFERRED", mine.path("state").asText());
        assertTrue(mine.path("wrapUpOwed").asBoolean());

        events1.await("interaction", v -> offered(v, chat));
        completes(events1, a1, chat, "ACCEPT", "m1", null);
        JsonNode transcript = view(a1, chat).path("transcript");
        assertEquals(2, transcript.size(), "the conversation so far goes with the chat: " + transcript);
        assertEquals("My parcel is lost.", transcript.get(0).path("text").asText());

        completes(events2, a2, chat, "WRAP_UP", "k6", Map.of("disposition", "escalated"));
        assertEquals("READY", http.get("agents/a2", a2).text("state"));
        completes(events1, a1, chat, "TRANSFER", "m2", target("QUEUE", "chat-support"));
        events2.await("interaction", v -> offered(v, chat));
        completes(events2, a2, chat, "ACCEPT", "k7", null);
        assertEquals("Let me pass you to a colleague.", view(a2, chat).path("transcript").get(1).path("text").asText());
        assertEquals("ACTIVE", view(a2, chat).path("state").asText());
        assertEquals("TRANSFERRED", view(a1, chat).path("state").asText(), "a1 still owes its wrap-up");
    }
}
