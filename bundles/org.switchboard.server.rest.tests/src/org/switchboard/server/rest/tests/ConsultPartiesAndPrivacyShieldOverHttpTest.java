package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the desktop needs to draw a consult and the privacy shield: each agent party's name, DN and
 * team, and the instant a paused recording resumes by itself.
 */
class ConsultPartiesAndPrivacyShieldOverHttpTest extends HttpScenario {

    private static JsonNode party(JsonNode view, String role) {
        for (JsonNode p : view.path("participants")) {
            if (p.path("role").asText().equals(role)) {
                return p;
            }
        }
        throw new AssertionError("no " + role + " in " + view);
    }

    private String answeredSalesCall(String a1, SseReader events) {
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, a1, call, "ANSWER", "answer-" + call, null);
        return call;
    }

    @Test
    void theConsultedAgentSeesTheConsultingAgentsNameDnAndTeamAndAgentOneSeesTheConsultedOnes() {
        start();
        String a1 = loginReady("a1");
        SseReader events1 = stream(a1);
        String call = answeredSalesCall(a1, events1);
        String a2 = loginReady("a2");
        SseReader events2 = stream(a2);

        completes(events1, a1, call, "CONSULT", "c1", Map.of("target", Map.of("type", "AGENT", "id", "a2")));
        JsonNode request = events2.await("interaction", v -> is(v, call)
                && v.path("allowedActions").toString().contains("ACCEPT_CONSULT")).data();
        JsonNode consulting = party(request, "AGENT_1");
        assertEquals("a1", consulting.path("id").asText());
        assertEquals("AGENT", consulting.path("kind").asText());
        assertEquals("Ava Reyes", consulting.path("name").asText());
        assertEquals("1001", consulting.path("dn").asText());
        assertEquals("Front line", consulting.path("team").asText());

        completes(events2, a2, call, "ACCEPT_CONSULT", "c2", null);
        JsonNode seenByA1 = view(a1, call);
        JsonNode consulted = party(seenByA1, "AGENT_2");
        assertEquals("Ben Okafor", consulted.path("name").asText());
        assertEquals("1002", consulted.path("dn").asText());
        assertFalse(consulted.path("held").asBoolean());
        assertTrue(party(seenByA1, "CUSTOMER").path("held").asBoolean(), "the customer waits during the consult");
        assertFalse(party(seenByA1, "CUSTOMER").hasNonNull("name"), "customers carry no agent details");
    }

    @Test
    void aPausedRecordingCarriesItsResumeTimeUntilThePrivacyShieldResumesIt() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String call = answeredSalesCall(a1, events);
        JsonNode recording = view(a1, call);
        assertEquals("RECORDING", recording.path("recording").asText());
        assertFalse(recording.hasNonNull("recordingResumesAt"), recording.toString());

        Instant pausedAt = clock.instant();
        completes(events, a1, call, "PAUSE_RECORDING", "p1", null);
        JsonNode paused = view(a1, call);
        assertEquals("PAUSED", paused.path("recording").asText());
        assertNotNull(paused.path("recordingResumesAt").textValue(), paused.toString());
        assertEquals(pausedAt.plus(Duration.ofSeconds(30)), Instant.parse(paused.path("recordingResumesAt").asText()),
                "the demo's privacy shield pauses for 30 s");

        clock.advance(Duration.ofSeconds(31));
        center.tick();
        JsonNode resumed = view(a1, call);
        assertEquals("RECORDING", resumed.path("recording").asText(), resumed.toString());
        assertFalse(resumed.hasNonNull("recordingResumesAt"), resumed.toString());
    }
}
