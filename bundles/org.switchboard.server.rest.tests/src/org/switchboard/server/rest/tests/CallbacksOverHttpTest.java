package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * Courtesy and web callbacks: offered as inbound calls labelled "Callback", the agent's answer dials
 * the customer, who answers (connected like a call) or not (back to the queue); a web callback may be
 * cancelled before the customer answers when the administrator enabled it (then wrap-up).
 */
class CallbacksOverHttpTest extends HttpScenario {

    private static final String CUSTOMER = "+12015550177";
    private static final String DNIS = "+18005550100";

    private String injectCallback(String type) {
        return inject("callbacks", Map.of("queueId", "sales", "type", type, "customerName", "Iris Novak",
                "customerNumber", CUSTOMER, "dnis", DNIS));
    }

    private Http.Reply customer(String interactionId, String what) {
        return http.post("sim/interactions/" + interactionId + "/" + what, sim(), Map.of());
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** a1 Ready alone: the callback is offered to a1, who answers; the customer is being dialled. */
    private String answeredCallback(String a1, SseReader events, String type) {
        String cb = injectCallback(type);
        JsonNode offer = events.await("interaction", v -> offered(v, cb)).data();
        assertEquals("Callback", offer.path("label").asText(), offer.toString());
        completes(events, a1, cb, "ANSWER", "answer-" + cb, null);
        return cb;
    }

    @Test
    void aWebCallbackIsOfferedAsALabelledCallTheAnswerDialsTheCustomerWhoAnswersAndTalks() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String cb = injectCallback("WEB");

        JsonNode offer = events.await("interaction", v -> offered(v, cb)).data();
        assertEquals("VOICE", offer.path("channel").asText());
        assertEquals("Callback", offer.path("label").asText());
        assertEquals(CUSTOMER, offer.path("callerNumber").asText());
        assertEquals("sales", offer.path("queueId").asText());
        JsonNode callback = offer.path("callback");
        assertEquals("WEB", callback.path("type").asText());
        assertEquals(DNIS, callback.path("dnis").asText());
        assertEquals("Sales", callback.path("queueName").asText());
        assertEquals(CUSTOMER, callback.path("number").asText());
        assertEquals("OFFERED", callback.path("state").asText());
        assertTrue(toList(offer.path("allowedActions")).contains("ANSWER"), offer.toString());
        assertEquals("RESERVED", http.get("agents/a1", a1).text("state"));

        completes(events, a1, cb, "ANSWER", "r1", null);
        JsonNode ringing = view(a1, cb);
        assertEquals("RINGING_CUSTOMER", ringing.path("state").asText(), ringing.toString());
        assertEquals(List.of("CANCEL"), toList(ringing.path("allowedActions")));
        assertTrue(ringing.path("callback").path("cancelAllowed").asBoolean());
        refused(events, a1, cb, "HOLD", "r2", null, "NOT_ALLOWED_IN_STATE");
        assertEquals(409, customer(cb, "hangup").status(), "the customer is not on the line yet");

        assertEquals(204, customer(cb, "callback-answered").status());
        JsonNode connected = events.await("interaction", v -> is(v, cb)
                && v.path("state").asText().equals("CONNECTED")).data();
        assertEquals("CONNECTED", connected.path("callback").path("state").asText());
        assertTrue(toList(connected.path("allowedActions")).containsAll(List.of("HOLD", "RELEASE", "CONSULT")),
                connected.toString());
        assertFalse(connected.path("callback").path("cancelAllowed").asBoolean());
        refused(events, a1, cb, "CANCEL", "r3", null, "CALLBACK_ALREADY_ANSWERED");
        Http.Reply again = customer(cb, "callback-answered");
        assertEquals(409, again.status(), again.raw());
        assertEquals("NOT_ALLOWED_IN_STATE", again.text("rule"));

        completes(events, a1, cb, "HOLD", "r4", null);
        completes(events, a1, cb, "RESUME", "r5", null);
        completes(events, a1, cb, "RELEASE", "r6", null);
        assertEquals("WRAP_UP", view(a1, cb).path("callback").path("state").asText());
        completes(events, a1, cb, "WRAP_UP", "r7", Map.of("disposition", "resolved"));
        events.seenOrAwait("interaction-removed", v -> v.path("interactionId").asText().equals(cb));
        assertEquals("READY", http.get("agents/a1", a1).text("state"));
    }

    @Test
    void cancellingAWebCallbackBeforeTheCustomerAnswersGoesToWrapUp() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String cb = answeredCallback(a1, events, "WEB");

        completes(events, a1, cb, "CANCEL", "c1", null);
        JsonNode view = view(a1, cb);
        assertEquals("ENDED", view.path("state").asText(), view.toString());
        assertEquals("WRAP_UP", view.path("callback").path("state").asText());
        assertTrue(view.path("wrapUpOwed").asBoolean());
        assertEquals(List.of("WRAP_UP"), toList(view.path("allowedActions")));
        assertEquals("WRAP_UP", http.get("agents/a1", a1).text("state"));
        assertEquals(409, customer(cb, "callback-answered").status(), "too late to answer a cancelled callback");
        refused(events, a1, cb, "CANCEL", "c2", null, "NOT_ALLOWED_IN_STATE");

        completes(events, a1, cb, "WRAP_UP", "c3", Map.of("disposition", "follow-up"));
        assertEquals("READY", http.get("agents/a1", a1).text("state"));
    }

    @Test
    void cancelIsOnlyForWebCallbacksWhenTheAdministratorEnabledIt() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String courtesy = answeredCallback(a1, events, "COURTESY");
        JsonNode view = view(a1, courtesy);
        assertEquals(List.of(), toList(view.path("allowedActions")), view.toString());
        assertFalse(view.path("callback").path("cancelAllowed").asBoolean());
        refused(events, a1, courtesy, "CANCEL", "c1", null, "CALLBACK_CANCEL_NOT_ENABLED");
        assertEquals("RINGING_CUSTOMER", view(a1, courtesy).path("state").asText(), "nothing changed");

        String call = injectCall("support");
        assertEquals(204, customer(courtesy, "callback-answered").status());
        completes(events, a1, courtesy, "RELEASE", "c3", null);
        completes(events, a1, courtesy, "WRAP_UP", "c4", Map.of("disposition", "resolved"));
        events.seenOrAwait("interaction", v -> offered(v, call));
        Http.Reply onACall = act(a1, call, "CANCEL", "c5", null);
        assertEquals(400, onACall.status(), onACall.raw());
        assertEquals("invalid", onACall.text("error"));
    }

    @Test
    void withEndCallForWebCallbackDisabledAWebCallbackCannotBeCancelled() {
        start(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT).withEndCallForWebCallback(false));
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String cb = answeredCallback(a1, events, "WEB");
        assertEquals(List.of(), toList(view(a1, cb).path("allowedActions")));
        refused(events, a1, cb, "CANCEL", "c1", null, "CALLBACK_CANCEL_NOT_ENABLED");
        assertEquals("BUSY", http.get("agents/a1", a1).text("state"));
    }

    @Test
    void aCustomerWhoDoesNotAnswerSendsTheCallbackBackToItsQueue() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String cb = answeredCallback(a1, events, "COURTESY");
        String a3 = loginReady("a3");
        SseReader events3 = stream(a3);
        clock.advance(Duration.ofSeconds(1));

        assertEquals(204, customer(cb, "callback-missed").status());
        JsonNode notice = events.await("notice", n -> n.path("interactionId").asText().equals(cb)).data();
        assertTrue(notice.path("message").asText().contains("did not answer"), notice.toString());
        events.seenOrAwait("interaction-removed", v -> v.path("interactionId").asText().equals(cb));
        assertEquals("READY", http.get("agents/a1", a1).text("state"), "no wrap-up for a missed callback");
        assertEquals(409, customer(cb, "callback-missed").status(), "no longer ringing the customer");

        // Back in its queue it is routed like a call: to a3, idle longer than a1, who worked until now.
        JsonNode again = events3.await("interaction", v -> offered(v, cb)).data();
        assertEquals("OFFERED", again.path("callback").path("state").asText());
        assertEquals("Callback", again.path("label").asText());
        assertEquals("sales", again.path("queueId").asText());
        completes(events3, a3, cb, "ANSWER", "r1", null);
        assertEquals("RINGING_CUSTOMER", view(a3, cb).path("state").asText());
        assertEquals(204, customer(cb, "callback-answered").status());
        assertEquals("CONNECTED", view(a3, cb).path("state").asText());
        assertEquals(403, http.get("interactions/" + cb, a1).status(), "a1 no longer takes part");
    }

    @Test
    void badCallbackRequestsAreRefusedAndNothingArrives() {
        start();
        String a1 = login("a1");
        Map<String, Object> good = Map.of("queueId", "sales", "type", "WEB", "customerName", "Iris Novak",
                "customerNumber", CUSTOMER, "dnis", DNIS);
        assertRefused(400, with(good, "type", "FAX"), "MISSING_VALUE");
        assertRefused(400, without(good, "dnis"), "MISSING_VALUE");
        assertRefused(400, with(good, "dnis", "1".repeat(33)), "MISSING_VALUE");
        assertRefused(400, with(good, "customerNumber", "12"), "INVALID_DIAL_NUMBER");
        assertRefused(400, with(good, "queueId", "chat-support"), null);
        assertRefused(404, with(good, "queueId", "nowhere"), null);
        assertEquals(401, http.post("sim/callbacks", null, good).status());
        assertEquals(404, customer("i-999", "callback-answered").status());
        String call = injectCall("sales");
        assertEquals(404, customer(call, "callback-missed").status(), "a call is not a callback");

        JsonNode queues = http.get("queues", a1).body();
        for (JsonNode q : queues) {
            if (q.path("id").asText().equals("sales")) {
                assertEquals(1, q.path("waiting").asInt(), "only the call arrived: " + queues);
            }
        }
        String cb = injectCallback("web");
        assertEquals("i-" + (Long.parseLong(call.substring(2)) + 1), cb, "refused requests used no id");
    }

    private void assertRefused(int status, Map<String, Object> body, String rule) {
        Http.Reply r = http.post("sim/callbacks", sim(), body);
        assertEquals(status, r.status(), r.raw());
        assertNotNull(r.text("error"), r.raw());
        assertNotNull(r.text("message"), r.raw());
        if (rule != null) {
            assertEquals(rule, r.text("rule"), r.raw());
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> m = new HashMap<>(body);
        m.put(key, value);
        return m;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> m = new HashMap<>(body);
        m.remove(key);
        return m;
    }
}
