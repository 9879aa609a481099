package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/** Call variable edits over HTTP: versioned, first save wins, limits, read-only and secure values. */
class CallDataOverHttpTest extends HttpScenario {

    private static Map<String, Object> edit(String name, String value, long version) {
        return Map.of("name", name, "value", value, "version", version);
    }

    @Test
    void callDataDuringAConsultTheConsultedAgentEditsAndTheLaterSaveIsToldTheSavedValueAndVersion() {
        start();
        String a1 = loginReady("a1");
        String a2 = login("a2");
        SseReader events1 = stream(a1);
        SseReader events2 = stream(a2);
        String call = injectCall("sales");
        events1.await("interaction", v -> offered(v, call));
        completes(events1, a1, call, "ANSWER", "r1", null);
        ready("a2", a2);
        completes(events1, a1, call, "CONSULT", "r2", Map.of("target", Map.of("type", "AGENT", "id", "a2")));
        events2.await("interaction", v -> is(v, call));
        completes(events2, a2, call, "ACCEPT_CONSULT", "c1", null);

        JsonNode seenBy2 = variable(view(a2, call), "orderTotal");
        assertEquals("129.90", seenBy2.path("value").asText());
        assertEquals(0, seenBy2.path("version").asLong());
        assertTrue(seenBy2.path("editable").asBoolean(), "the consulted agent may edit");
        assertFalse(seenBy2.hasNonNull("savedBy"), "nobody saved it yet");

        completes(events1, a1, call, "EDIT_CAD", "r3", edit("orderTotal", "150.00", 0));
        JsonNode saved = variable(view(a1, call), "orderTotal");
        assertEquals("150.00", saved.path("value").asText());
        assertEquals(1, saved.path("version").asLong());
        JsonNode shownTo2 = events2.await("interaction",
                v -> is(v, call) && "150.00".equals(variable(v, "orderTotal").path("value").asText())).data();
        assertEquals("a1", variable(shownTo2, "orderTotal").path("savedBy").asText(), "the saved change shows first");

        // Agent 2 edited from version 0 at the same time: agent 1's save came first, agent 2 is told.
        JsonNode conflict = refused(events2, a2, call, "EDIT_CAD", "c4", edit("orderTotal", "99", 0),
                "CAD_EDIT_CONFLICT");
        assertTrue(conflict.path("message").asText().contains("150.00"), conflict.toString());
        assertTrue(conflict.path("message").asText().contains("a1"), conflict.toString());
        assertEquals("orderTotal", conflict.path("variable").path("name").asText());
        assertEquals("150.00", conflict.path("variable").path("value").asText());
        assertEquals(1, conflict.path("variable").path("version").asLong());
        assertEquals("150.00", variable(view(a2, call), "orderTotal").path("value").asText(), "nothing changed");

        completes(events2, a2, call, "EDIT_CAD", "c5", edit("orderTotal", "99", 1));
        JsonNode now = variable(view(a2, call), "orderTotal");
        assertEquals("99", now.path("value").asText());
        assertEquals(2, now.path("version").asLong());
        assertEquals("a2", now.path("savedBy").asText());

        completes(events1, a1, call, "TRANSFER", "r4", null);
        completes(events2, a2, call, "ACCEPT_TRANSFER", "c3", null);
        assertTrue(variable(view(a2, call), "orderTotal").path("editable").asBoolean(), "now agent 1");
    }

    @Test
    void tooLongUnknownMistypedAndReadOnlyEditsAreRefusedAndChangeNothing() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        refused(events, a1, call, "EDIT_CAD", "e0", edit("customerName", "Dana", 0), "NOT_CONNECTED");
        completes(events, a1, call, "ANSWER", "r1", null);

        Http.Reply tooLong = act(a1, call, "EDIT_CAD", "e1", edit("customerName", "x".repeat(257), 0));
        assertEquals(400, tooLong.status());
        assertEquals("CAD_VALUE_TOO_LONG", tooLong.text("rule"));
        completes(events, a1, call, "EDIT_CAD", "e2", edit("customerName", "x".repeat(256), 0));

        Http.Reply unknown = act(a1, call, "EDIT_CAD", "e3", edit("shoeSize", "44", 0));
        assertEquals(400, unknown.status());
        assertEquals("CAD_UNKNOWN_VARIABLE", unknown.text("rule"));
        Http.Reply mistyped = act(a1, call, "EDIT_CAD", "e4", edit("orderTotal", "lots", 0));
        assertEquals(400, mistyped.status());
        assertEquals("CAD_TYPE_MISMATCH", mistyped.text("rule"));
        Http.Reply noVersion = act(a1, call, "EDIT_CAD", "e5", Map.of("name", "orderTotal", "value", "1"));
        assertEquals(400, noVersion.status());
        assertEquals("MISSING_VALUE", noVersion.text("rule"));

        refused(events, a1, call, "EDIT_CAD", "e6", edit("accountNumber", "DE-1", 0), "CAD_READ_ONLY");
        refused(events, a1, call, "EDIT_CAD", "e7", edit("orderTotal", "1", 5), "CAD_UNKNOWN_VERSION");

        // Several at once, each from the version the agent was last sent: one refused and none is saved.
        refused(events, a1, call, "EDIT_CAD", "e8", Map.of("cad", Map.of("orderTotal", "5", "accountNumber", "X")),
                "CAD_READ_ONLY");
        JsonNode v = view(a1, call);
        assertEquals("129.90", variable(v, "orderTotal").path("value").asText());
        assertEquals(0, variable(v, "orderTotal").path("version").asLong());
        assertEquals(1, variable(v, "customerName").path("version").asLong());
        assertEquals("x".repeat(256), variable(v, "customerName").path("value").asText());
        completes(events, a1, call, "EDIT_CAD", "e9", Map.of("cad", Map.of("orderTotal", "5", "customerName", "Dee")));
        v = view(a1, call);
        assertEquals("5", variable(v, "orderTotal").path("value").asText());
        assertEquals(2, variable(v, "customerName").path("version").asLong());
    }

    @Test
    void secureCallDataRevealGivesTheValueToTheAgentOnTheCallOnly() {
        start();
        String a1 = loginReady("a1");
        String a2 = login("a2");
        SseReader events = stream(a1);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        String path = "interactions/" + call + "/cad/accountNumber/secure-value";
        assertEquals(409, http.get(path, a1).status(), "not while it rings");
        completes(events, a1, call, "ANSWER", "r1", null);

        Http.Reply shown = http.get(path, a1);
        assertEquals(200, shown.status(), shown.raw());
        assertEquals("DE-4471", shown.text("value"));
        assertEquals(403, http.get(path, a2).status(), "an agent not on the call");
        assertEquals(400, http.get("interactions/" + call + "/cad/customerName/secure-value", a1).status());
        for (SseReader.Event e : events.seen) {
            assertFalse(e.envelope().toString().contains("DE-4471"), "in event " + e.id() + ": " + e.name());
        }
    }

    @Test
    void aSecureValueIsSavedButShownMaskedInEveryView() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, a1, call, "ANSWER", "r1", null);
        completes(events, a1, call, "EDIT_CAD", "s1", edit("verificationCode", "VC-7731", 0));

        JsonNode code = variable(view(a1, call), "verificationCode");
        assertEquals("******", code.path("value").asText());
        assertEquals(1, code.path("version").asLong());
        assertTrue(code.path("secure").asBoolean());
        JsonNode conflict = refused(events, a1, call, "EDIT_CAD", "s2", edit("verificationCode", "VC-1", 0),
                "CAD_EDIT_CONFLICT");
        assertFalse(conflict.toString().contains("VC-7731"), conflict.toString());
        assertEquals("******", conflict.path("variable").path("value").asText());
        for (SseReader.Event e : events.seen) {
            assertFalse(e.envelope().toString().contains("VC-7731"), "in event " + e.id() + ": " + e.name());
        }
        assertFalse(http.get("agents/a1/interactions", a1).raw().contains("VC-7731"));
    }
}
