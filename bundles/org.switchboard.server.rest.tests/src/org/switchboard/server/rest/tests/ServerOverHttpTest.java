package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * The server end to end: a contact center on a clock the test moves, its REST API and event
 * streams on loopback, spoken to over real HTTP inside the OSGi runtime.
 */
class ServerOverHttpTest extends HttpScenario {

    /** Events each session keeps for Last-Event-ID replay, unless a test wants fewer. */
    private static final int REPLAY = 500;

    private void start(int replayBuffer) {
        start(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT).withReplayBuffer(replayBuffer));
    }

    private static JsonNode participant(JsonNode view, String role) {
        for (JsonNode p : view.path("participants")) {
            if (p.path("role").asText().equals(role)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void loginGivesATokenAndEveryRequestWithoutAValidOneIs401() {
        start(REPLAY);
        Http.Reply bad = http.post("sessions", null, Map.of("agentId", "a1", "password", "wrong"));
        assertEquals(401, bad.status());
        assertEquals("unauthorized", bad.text("error"));
        assertNotNull(bad.text("message"));

        String token = login("a1");
        assertTrue(token.length() >= 40, "an unguessable token");
        assertEquals(200, http.get("agents/a1", token).status());
        assertEquals("NOT_READY", http.get("agents/a1", token).text("state"));

        for (String path : List.of("agents/a1", "queues", "system", "directory?q=bill", "agents/a1/interactions")) {
            Http.Reply none = http.get(path, null);
            assertEquals(401, none.status(), path);
            assertEquals("unauthorized", none.text("error"), path);
            assertEquals(401, http.get(path, "not-a-token").status(), path);
        }
        assertEquals(401, http.post("sim/calls", null, Map.of("queueId", "sales")).status());

        Http.Reply out = http.delete("sessions/current", token);
        assertEquals(200, out.status(), out.raw());
        assertEquals("LOGGED_OUT", out.text("state"));
        assertEquals(401, http.get("agents/a1", token).status(), "the token ends with the session");
    }

    @Test
    void callIsOfferedAnsweredHeldRetrievedHungUpAndWrappedUp() {
        start(REPLAY);
        String a1 = loginReady("a1");
        SseReader events = stream(a1, null);
        assertEquals("snapshot", events.next().name(), "a stream without Last-Event-ID starts with a snapshot");

        String call = injectCall("sales");
        JsonNode offer = events.await("interaction", v -> offered(v, call)).data();
        assertEquals("Dana Whitfield", offer.path("callerName").asText());
        assertTrue(offer.path("allowedActions").toString().contains("ANSWER"));
        JsonNode account = offer.path("cad").get(1);
        assertEquals("accountNumber", account.path("name").asText());
        assertEquals("******", account.path("value").asText(), "secure call variables leave the server masked");
        assertEquals("RESERVED", events.await("agent-state").data().path("state").asText());

        completes(events, a1, call, "ANSWER", "r-answer", null);
        completes(events, a1, call, "HOLD", "r-hold", null);
        Http.Reply held = http.get("interactions/" + call, a1);
        assertEquals(200, held.status());
        assertTrue(participant(held.body(), "CUSTOMER").path("held").asBoolean());
        assertEquals("BUSY", http.get("agents/a1", a1).text("state"));

        completes(events, a1, call, "RESUME", "r-retrieve", null);
        assertFalse(participant(http.get("interactions/" + call, a1).body(), "CUSTOMER").path("held").asBoolean());

        assertEquals(204, http.post("sim/interactions/" + call + "/hangup", sim(), Map.of()).status());
        JsonNode ended = events.await("interaction", v -> v.path("state").asText().equals("ENDED")).data();
        assertTrue(ended.path("wrapUpOwed").asBoolean());
        assertEquals(List.of("WRAP_UP"), List.of(ended.path("allowedActions").get(0).asText()));
        assertEquals("WRAP_UP", http.get("agents/a1", a1).text("state"));

        completes(events, a1, call, "WRAP_UP", "r-wrap", Map.of("disposition", "resolved", "notes", "Refund issued"));
        events.seenOrAwait("interaction-removed", d -> d.path("interactionId").asText().equals(call));
        assertEquals("READY", http.get("agents/a1", a1).text("state"));
        assertEquals(0, http.get("agents/a1/interactions", a1).body().size());

        long previous = 0;
        for (SseReader.Event e : events.seen) {
            if (!e.name().equals("snapshot")) {
                assertEquals(previous + 1, e.id(), "ids increase by one: " + events.names());
            }
            previous = e.id();
        }
    }

    @Test
    void refusedActionComesBackAsAnEventNamingTheRuleWithTheSameRequestId() {
        start(REPLAY);
        String a1 = loginReady("a1");
        SseReader events = stream(a1, null);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, a1, call, "ANSWER", "r1", null);

        Http.Reply r = act(a1, call, "RESUME", "r2", null);
        assertEquals(202, r.status(), "the outcome is an event, not the answer");
        SseReader.Event refused = events.outcome("r2");
        assertEquals("action-refused", refused.name());
        assertEquals("NOT_ON_HOLD", refused.data().path("rule").asText());
        assertEquals(call, refused.data().path("interactionId").asText());

        completes(events, a1, call, "HOLD", "r3", null);
        act(a1, call, "RELEASE", "r4", null);
        assertEquals("RELEASE_WHILE_ON_HOLD", events.outcome("r4").data().path("rule").asText());
        assertEquals("CONNECTED", http.get("interactions/" + call, a1).text("state"), "a refusal changes nothing");

        act(a1, call, "HOLD", "r3", null);
        SseReader.Event again = events.outcome("r3");
        assertEquals("action-completed", again.name(), "a repeated request id gets its first outcome again");
        assertTrue(participant(http.get("interactions/" + call, a1).body(), "CUSTOMER").path("held").asBoolean());
    }

    @Test
    void aRequestRepeatedAfterTheAgentLoggedInAgainIsAnsweredWithItsFirstOutcomeNotAppliedTwice() {
        start(REPLAY);
        String first = loginReady("a1");
        SseReader events = stream(first, null);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, first, call, "ANSWER", "crash-1", null);
        completes(events, first, call, "HOLD", "crash-2", null);

        // The desktop crashed after the server took the hold; it logs in again and its outbox sends it once more.
        String again = login("a1");
        SseReader resumed = stream(again, null);
        assertEquals(202, act(again, call, "HOLD", "crash-2", null).status());
        SseReader.Event outcome = resumed.outcome("crash-2");
        assertEquals("action-completed", outcome.name(), "the first outcome, not ALREADY_ON_HOLD");
        assertTrue(participant(http.get("interactions/" + call, again).body(), "CUSTOMER").path("held").asBoolean());

        completes(resumed, again, call, "RESUME", "crash-3", null);
        assertFalse(participant(http.get("interactions/" + call, again).body(), "CUSTOMER").path("held").asBoolean(),
                "the repeated hold was not applied again after the resume");
    }

    @Test
    void anAgentActsOnlyOnItsOwnInteractions() {
        start(REPLAY);
        String a1 = loginReady("a1");
        String a2 = login("a2");
        SseReader events = stream(a1, null);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));

        Http.Reply look = http.get("interactions/" + call, a2);
        assertEquals(403, look.status());
        assertEquals("forbidden", look.text("error"));
        assertEquals(403, act(a2, call, "ANSWER", "steal-1", null).status());
        assertEquals(403, http.put("agents/a1/state", a2, Map.of("state", "NOT_READY", "reasonCode", "break")).status());
        assertEquals(403, http.get("agents/a1/interactions", a2).status());
        assertEquals(404, http.get("interactions/i-999", a1).status());
        assertEquals("OFFERED", http.get("interactions/" + call, a1).text("state"));
    }

    @Test
    void malformedOrInvalidRequestsAre4xxWithAJsonBodyAndChangeNothing() {
        start(REPLAY);
        String a1 = loginReady("a1");
        SseReader events = stream(a1, null);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, a1, call, "ANSWER", "r1", null);

        Http.Reply malformed = http.post("interactions/" + call + "/actions", a1, "{\"action\": \"HOLD\", ");
        assertEquals(400, malformed.status());
        assertEquals("malformed-json", malformed.text("error"));
        Http.Reply unknownField = http.post("interactions/" + call + "/actions", a1,
                Map.of("action", "HOLD", "requestId", "x", "colour", "red"));
        assertEquals(400, unknownField.status());

        Http.Reply unknown = act(a1, call, "TELEPORT", "r2", null);
        assertEquals(400, unknown.status());
        assertTrue(unknown.text("message").contains("TELEPORT"));

        Http.Reply dial = act(a1, call, "CONSULT", "r3", Map.of("target", Map.of("type", "NUMBER", "id", "12")));
        assertEquals(400, dial.status());
        assertEquals("INVALID_DIAL_NUMBER", dial.text("rule"));
        assertTrue(dial.text("message").contains("at least 3"), dial.text("message"));

        Http.Reply dtmf = act(a1, call, "SEND_DTMF", "r4", Map.of("digits", "12A"));
        assertEquals(400, dtmf.status());
        assertEquals("INVALID_DTMF", dtmf.text("rule"));

        Http.Reply noRequestId = http.post("interactions/" + call + "/actions", a1, Map.of("action", "HOLD"));
        assertEquals(400, noRequestId.status());

        Http.Reply badState = http.put("agents/a1/state", a1, Map.of("state", "NOT_READY", "reasonCode", "nap"));
        assertEquals(400, badState.status());
        assertEquals("UNKNOWN_REASON_CODE", badState.text("rule"));

        Http.Reply badCad = http.post("sim/calls", sim(), Map.of("queueId", "sales", "cad", Map.of("orderTotal", "lots")));
        assertEquals(400, badCad.status());
        assertEquals("CAD_TYPE_MISMATCH", badCad.text("rule"));
        assertEquals(404, http.post("sim/calls", sim(), Map.of("queueId", "nowhere")).status());

        JsonNode view = http.get("interactions/" + call, a1).body();
        assertEquals("CONNECTED", view.path("state").asText());
        assertFalse(participant(view, "CUSTOMER").path("held").asBoolean());
        assertEquals(0, http.get("queues", a1).body().get(0).path("waiting").asInt(), "no call was injected");

        Http.Reply notes = act(a1, call, "WRAP_UP", "r5", Map.of("disposition", "resolved", "notes", "n".repeat(4001)));
        assertEquals(400, notes.status());
        assertEquals("NOTES_TOO_LONG", notes.text("rule"));
    }

    @Test
    void reconnectWithLastEventIdReceivesTheMissedEventsInOrder() {
        start(REPLAY);
        String a1 = loginReady("a1");
        SseReader first = stream(a1, null);
        String call = injectCall("sales");
        long lastSeen = first.await("interaction", v -> offered(v, call)).id();
        first.close();

        SseReader answering = stream(a1, Long.toString(lastSeen));
        completes(answering, a1, call, "ANSWER", "r1", null);
        answering.close();
        act(a1, call, "HOLD", "r2", null);
        act(a1, call, "RESUME", "r3", null);
        act(a1, call, "RESUME", "r4", null);

        SseReader again = stream(a1, Long.toString(lastSeen));
        List<String> requestIds = new ArrayList<>();
        long expected = lastSeen + 1;
        while (!requestIds.contains("r4")) {
            SseReader.Event e = again.next();
            assertEquals(expected++, e.id(), "missed events replay in order: " + again.names());
            if (e.requestId() != null) {
                requestIds.add(e.requestId());
            }
        }
        assertEquals(List.of("r1", "r2", "r3", "r4"), requestIds);
    }

    @Test
    void reconnectAfterMoreEventsThanAreKeptStartsWithASnapshot() {
        start(4);
        String a1 = loginReady("a1");
        SseReader first = stream(a1, null);
        String call = injectCall("sales");
        long lastSeen = first.await("interaction", v -> offered(v, call)).id();
        first.close();
        act(a1, call, "ANSWER", "r1", null);
        for (int i = 0; i < 3; i++) {
            act(a1, call, "HOLD", "h" + i, null);
            act(a1, call, "RESUME", "u" + i, null);
        }

        SseReader again = stream(a1, Long.toString(lastSeen));
        SseReader.Event snapshot = again.next();
        assertEquals("snapshot", snapshot.name());
        assertEquals("BUSY", snapshot.data().path("agent").path("state").asText());
        assertEquals(call, snapshot.data().path("interactions").get(0).path("id").asText());
        act(a1, call, "HOLD", "after", null);
        SseReader.Event next = again.next();
        assertEquals(snapshot.id() + 1, next.id(), "the stream goes on right after the snapshot");
    }

    @Test
    void idleStreamCarriesHeartbeatComments() throws InterruptedException {
        start(REPLAY);
        String a1 = login("a1");
        SseReader events = stream(a1, null);
        events.next();
        assertEquals("heartbeat", events.comments.poll(5, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void unansweredOfferReturnsToTheQueueAndTheAgentGoesRona() {
        start(REPLAY);
        String a1 = loginReady("a1");
        SseReader events = stream(a1, null);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));

        clock.advance(OFFER_TIMEOUT.minusSeconds(1));
        center.tick();
        assertEquals("RESERVED", http.get("agents/a1", a1).text("state"), "still ringing before the timeout");

        clock.advance(Duration.ofSeconds(1));
        center.tick();
        JsonNode notice = events.await("notice").data();
        assertEquals("OFFER_NOT_ANSWERED", notice.path("rule").asText());
        assertEquals(call, notice.path("interactionId").asText());
        events.await("interaction-removed", d -> d.path("interactionId").asText().equals(call));
        events.seenOrAwait("agent-state", a -> a.path("state").asText().equals("RONA"));

        JsonNode sales = http.get("queues", a1).body().get(0);
        assertEquals("sales", sales.path("id").asText());
        assertEquals(1, sales.path("waiting").asInt(), "the call waits in its queue again");

        assertEquals(200, http.put("agents/a1/state", a1, Map.of("state", "READY")).status());
        events.await("interaction", v -> offered(v, call));
    }

    @Test
    void consultSecondAgentConferenceAndAgent2Exits() {
        start(REPLAY);
        String a1 = loginReady("a1");
        String a2 = login("a2");
        SseReader events1 = stream(a1, null);
        SseReader events2 = stream(a2, null);
        String call = injectCall("sales");
        events1.await("interaction", v -> offered(v, call));
        completes(events1, a1, call, "ANSWER", "r1", null);
        assertEquals(200, http.put("agents/a2/state", a2, Map.of("state", "READY")).status());

        completes(events1, a1, call, "CONSULT", "r2", Map.of("target", Map.of("type", "AGENT", "id", "a2")));
        JsonNode request = events2.await("interaction", v -> v.path("id").asText().equals(call)).data();
        assertTrue(request.path("allowedActions").toString().contains("ACCEPT_CONSULT"), request.toString());
        assertEquals(200, http.get("interactions/" + call, a2).status(), "the consulted agent may look now");

        completes(events2, a2, call, "ACCEPT_CONSULT", "c1", null);
        completes(events1, a1, call, "CONFERENCE", "r3", null);
        assertEquals("CONFERENCE", http.get("interactions/" + call, a1).text("state"));
        assertEquals(3, http.get("interactions/" + call, a1).body().path("participants").size());

        completes(events2, a2, call, "EXIT_CONFERENCE", "c2", null);
        events2.seenOrAwait("interaction-removed", d -> d.path("interactionId").asText().equals(call));
        assertEquals("CONNECTED", http.get("interactions/" + call, a1).text("state"));
        assertEquals(403, http.get("interactions/" + call, a2).status());
        assertEquals("READY", http.get("agents/a2", a2).text("state"));
        assertEquals("BUSY", http.get("agents/a1", a1).text("state"));
    }

    @Test
    void chatIsOfferedAcceptedAndMessagesGoBothWays() {
        start(REPLAY);
        String a2 = loginReady("a2");
        SseReader events = stream(a2, null);
        Http.Reply in = http.post("sim/chats", sim(), Map.of("queueId", "chat-support", "callerName", "Eli"));
        assertEquals(201, in.status(), in.raw());
        String chat = in.text("interactionId");
        events.await("interaction", v -> offered(v, chat));
        completes(events, a2, chat, "ACCEPT", "k1", null);
        assertEquals(204, http.post("sim/interactions/" + chat + "/messages", sim(), Map.of("text", "Where is my order?"))
                .status());
        completes(events, a2, chat, "SEND", "k2", Map.of("text", "It ships today."));
        JsonNode transcript = http.get("interactions/" + chat, a2).body().path("transcript");
        assertEquals("Where is my order?", transcript.get(0).path("text").asText());
        assertEquals("a2", transcript.get(1).path("from").asText());
        completes(events, a2, chat, "END", "k3", null);
        completes(events, a2, chat, "WRAP_UP", "k4", Map.of("disposition", "resolved"));
        assertEquals("READY", http.get("agents/a2", a2).text("state"));
    }
}
