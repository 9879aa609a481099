package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/** Outbound calls to dial numbers and internal calls between agents, placed over {@code POST /calls}. */
class PlacedCallsOverHttpTest extends HttpScenario {

    private Http.Reply place(String token, String kind, String to) {
        return http.post("calls", token, Map.of("kind", kind, "to", to));
    }

    private static boolean allows(JsonNode view, String action) {
        for (JsonNode a : view.path("allowedActions")) {
            if (a.asText().equals(action)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void outboundCallRingsUntilTheSimulatedCustomerAnswersThenIsHandledAndWrappedUp() {
        start(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT).withOutboundAnswerDelay(Optional.empty()));
        String a1 = login("a1");
        SseReader events = stream(a1);

        Http.Reply r = place(a1, "NUMBER", "+1 (201) 555-0123");
        assertEquals(201, r.status(), r.raw());
        String call = r.text("id");
        assertEquals("DIALING", r.body().path("state").asText());
        assertEquals("+12015550123", r.body().path("callerNumber").asText(), "the number as dialled, normalised");
        assertEquals("Billing desk", r.body().path("callerName").asText(), "named from the directory");
        assertTrue(allows(r.body(), "RELEASE"));
        assertFalse(allows(r.body(), "HOLD"), "nothing but ending before the customer answers");
        assertEquals("BUSY", http.get("agents/a1", a1).text("state"));
        refused(events, a1, call, "HOLD", "r-hold", null, "CUSTOMER_NOT_ANSWERED_YET");

        assertEquals(204, http.post("sim/interactions/" + call + "/outbound-answered", sim(), Map.of()).status());
        JsonNode connected = events.await("interaction", v -> is(v, call) && v.path("state").asText().equals("CONNECTED"))
                .data();
        assertTrue(allows(connected, "HOLD"), connected.toString());
        assertEquals(404, http.post("sim/interactions/" + call + "/outbound-answered", sim(), Map.of()).status(),
                "answered once");
        completes(events, a1, call, "HOLD", "r-hold-2", null);
        completes(events, a1, call, "RESUME", "r-resume", null);
        completes(events, a1, call, "RELEASE", "r-end", null);
        assertEquals("WRAP_UP", http.get("agents/a1", a1).text("state"));
        completes(events, a1, call, "WRAP_UP", "r-wrap", Map.of("disposition", "resolved"));
        assertEquals("NOT_READY", http.get("agents/a1", a1).text("state"), "back where the agent was");
    }

    @Test
    void theDemoCustomerAnswersAfterTheConfiguredDelay() {
        start(ServerConfig.demo().withOutboundAnswerDelay(Optional.of(Duration.ofSeconds(3))));
        String a1 = login("a1");
        String call = place(a1, "NUMBER", "+442079460000").text("id");
        clock.advance(Duration.ofSeconds(2));
        center.tick();
        assertEquals("DIALING", view(a1, call).path("state").asText());
        clock.advance(Duration.ofSeconds(1));
        center.tick();
        assertEquals("CONNECTED", view(a1, call).path("state").asText());
    }

    @Test
    void customerWhoDoesNotTakeTheCallEndsItIntoWrapUp() {
        start(ServerConfig.demo().withOutboundAnswerDelay(Optional.empty()));
        String a1 = login("a1");
        SseReader events = stream(a1);
        String call = place(a1, "NUMBER", "+12025550147").text("id");
        assertEquals(204, http.post("sim/interactions/" + call + "/hangup", sim(), Map.of()).status());
        JsonNode notice = events.await("notice").data();
        assertTrue(notice.path("message").asText().contains("did not take the call"), notice.toString());
        assertEquals("WRAP_UP", http.get("agents/a1", a1).text("state"));
    }

    @Test
    void invalidNumbersAndAgentsBusyWithOtherWorkAreRefusedNamingTheRule() {
        start();
        String a1 = login("a1");
        Http.Reply bad = place(a1, "NUMBER", "12");
        assertEquals(400, bad.status(), bad.raw());
        assertEquals("INVALID_DIAL_NUMBER", bad.text("rule"));
        assertTrue(bad.text("message").contains("at least 3"), bad.raw());
        assertEquals(400, place(a1, "FAX", "+12015550123").status());

        String first = place(a1, "NUMBER", "+12015550123").text("id");
        Http.Reply second = place(a1, "NUMBER", "+12015550124");
        assertEquals(409, second.status(), second.raw());
        assertEquals("CALL_NEEDS_READY_OR_NOT_READY", second.text("rule"));
        assertFalse(first.isBlank());
    }

    @Test
    void internalCallRingsTheCalledAgentWhoAnswersAndTheCallerHangsUp() {
        start();
        String a1 = login("a1");
        SseReader events1 = stream(a1);
        String a2 = login("a2");
        SseReader events2 = stream(a2);

        Http.Reply yourself = place(a1, "AGENT", "a1");
        assertEquals(409, yourself.status(), yourself.raw());
        assertEquals("CANNOT_CALL_YOURSELF", yourself.text("rule"));

        Http.Reply r = place(a1, "AGENT", "a2");
        assertEquals(201, r.status(), r.raw());
        String call = r.text("id");
        assertEquals("Ben Okafor", r.body().path("callerName").asText(), "the caller sees whom it called");
        assertEquals("[\"RELEASE\"]", r.body().path("allowedActions").toString(), "the caller can only hang up");
        JsonNode offer = events2.await("interaction", v -> offered(v, call)).data();
        assertEquals("Ava Reyes", offer.path("callerName").asText());
        assertEquals("RESERVED", http.get("agents/a2", a2).text("state"), "offered to a Not Ready agent like a consult");

        Http.Reply busy = place(a2, "AGENT", "a1");
        assertEquals(409, busy.status(), "a2 has an offer ringing");

        completes(events2, a2, call, "ANSWER", "r-answer", null);
        JsonNode seen = view(a1, call);
        assertEquals("CONNECTED", seen.path("state").asText());
        assertEquals("BUSY", http.get("agents/a1", a1).text("state"));
        refused(events1, a1, call, "HOLD", "r-hold", null, "ROLE_NOT_PERMITTED");
        completes(events1, a1, call, "RELEASE", "r-end", null);
        events1.seenOrAwait("interaction-removed", v -> v.path("interactionId").asText().equals(call));
        assertEquals("NOT_READY", http.get("agents/a1", a1).text("state"), "the caller owes no wrap-up");
        assertEquals("WRAP_UP", http.get("agents/a2", a2).text("state"));
    }

    @Test
    void internalCallNobodyAnswersEndsForTheCaller() {
        start();
        String a1 = login("a1");
        SseReader events1 = stream(a1);
        String a2 = login("a2");
        String call = place(a1, "AGENT", "a2").text("id");
        clock.advance(OFFER_TIMEOUT);
        center.tick();
        JsonNode notice = events1.await("notice").data();
        assertEquals("Ben Okafor did not answer the call.", notice.path("message").asText());
        events1.await("interaction-removed", v -> v.path("interactionId").asText().equals(call));
        assertEquals("NOT_READY", http.get("agents/a1", a1).text("state"));
        assertEquals("RONA", http.get("agents/a2", a2).text("state"));
    }

    @Test
    void directoryListsAgentsWithTheirPresence() {
        start();
        String a1 = loginReady("a1");
        Http.Reply r = http.get("directory?q=ben", a1);
        assertEquals(200, r.status(), r.raw());
        assertEquals("LOGGED_OUT", r.body().get(0).path("presence").asText());
        login("a2");
        assertEquals("NOT_READY", http.get("directory?q=a2", a1).body().get(0).path("presence").asText());
        JsonNode queue = http.get("directory?q=sales", a1).body().get(0);
        assertEquals("QUEUE", queue.path("kind").asText());
        assertTrue(queue.path("presence").isNull() || queue.path("presence").isMissingNode(), queue.toString());
    }
}
