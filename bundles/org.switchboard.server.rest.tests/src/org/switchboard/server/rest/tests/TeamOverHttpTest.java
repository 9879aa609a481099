package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.testing.Http;

/**
 * The team functions over HTTP: a supervisor's stream shows its agents as they work, an agent's help
 * request reaches it at once, the agent learns who took it, and a supervisor logging out gives its
 * requests back.
 */
class TeamOverHttpTest extends HttpScenario {

    @Test
    void aHelpRequestReachesTheSupervisorWhoTakesItAndTheAgentSeesWho() {
        start();
        Http.Reply login = http.post("sessions", null, Map.of("agentId", "s1", "password", "s1-demo"));
        assertEquals("SUPERVISOR", login.text("role"));
        String s1 = login.text("token");
        SseReader team = stream(s1);
        assertEquals("Front line", team.await("team-snapshot").data().path("teamName").asText());

        String a1 = loginReady("a1");
        SseReader agent = stream(a1);
        agent.await("snapshot");
        team.await("team-member", m -> m.path("agentId").asText().equals("a1")
                && m.path("state").asText().equals("READY"));
        String call = injectCall("sales");
        agent.await("interaction", v -> offered(v, call));
        completes(agent, a1, call, "ANSWER", "r1", null);
        team.await("team-member", m -> m.path("agentId").asText().equals("a1")
                && m.path("interactionId").asText().equals(call) && m.path("customer").asText().equals("Dana Whitfield"));

        Http.Reply raised = http.post("team/help-requests", a1, Map.of("interactionId", call,
                "note", "The caller wants a refund over my limit"));
        assertEquals(201, raised.status(), raised.raw());
        String id = raised.text("id");
        team.await("help-request", r -> r.path("id").asText().equals(id) && r.path("status").asText().equals("OPEN"));
        assertEquals(1, http.get("team/help-requests", s1).body().size());

        Http.Reply taken = http.post("team/help-requests/" + id + "/take", s1, Map.of());
        assertEquals(200, taken.status(), taken.raw());
        assertEquals("Sofia Martins", taken.text("takenByName"));
        agent.await("notice", n -> n.path("message").asText().equals("Sofia Martins took your help request."));
        assertEquals(409, http.post("team/help-requests/" + id + "/take", s1, Map.of()).status());

        assertEquals(204, http.delete("sessions/current", s1).status());
        agent.await("notice", n -> n.path("message").asText().startsWith("Sofia Martins logged out before closing"));
        String again = staff("s1");
        assertEquals("OPEN", http.get("team/help-requests", again).body().get(0).path("status").asText());
        assertEquals(200, http.post("team/help-requests/" + id + "/close", a1, Map.of()).status());
        assertEquals(0, http.get("team/help-requests", again).body().size());
    }

    @Test
    void badHelpRequestsAreRefusedWithJsonErrors() {
        start();
        String a1 = loginReady("a1");
        String s1 = staff("s1");
        assertEquals(403, http.get("team/members", a1).status());
        assertEquals(403, http.post("team/help-requests", s1, Map.of("interactionId", "i-1", "note", "x")).status());
        Http.Reply noNote = http.post("team/help-requests", a1, Map.of("interactionId", "i-1", "note", ""));
        assertEquals(400, noNote.status(), noNote.raw());
        Http.Reply notHers = http.post("team/review-flags", a1, Map.of("interactionId", "i-77", "note", "look"));
        assertEquals(404, notHers.status(), notHers.raw());
        assertTrue(notHers.text("message").contains("only your own interactions"), notHers.raw());
        assertEquals(404, http.post("team/help-requests/h-9/take", s1, Map.of()).status());
        assertEquals(2, http.get("team/members", s1).body().size(), "the demo's team front: a1 and a2");
    }

    @Test
    void aSupervisorWhispersIntoACallTheAgentSeesItAndAWhisperIntoAnEndedCallIsRefused() {
        start();
        String s1 = staff("s1");
        SseReader team = stream(s1);
        team.await("team-snapshot");
        String a1 = loginReady("a1");
        SseReader agent = stream(a1);
        agent.await("snapshot");
        String call = injectCall("sales");
        agent.await("interaction", v -> offered(v, call));
        completes(agent, a1, call, "ANSWER", "r1", null);

        Http.Reply whisper = http.put("team/calls/" + call + "/supervision", s1, Map.of("mode", "WHISPER"));
        assertEquals(200, whisper.status(), whisper.raw());
        assertEquals("Ava Reyes", whisper.text("agentName"));
        agent.await("interaction", v -> is(v, call) && v.path("participants").toString().contains("WHISPERING"));
        team.await("supervision", s -> s.path("mode").asText().equals("WHISPER"));

        assertEquals(204, http.post("sim/interactions/" + call + "/hangup", sim(), Map.of()).status());
        team.await("supervision", s -> s.path("mode").asText().equals("ENDED"));
        Http.Reply late = http.put("team/calls/" + call + "/supervision", s1, Map.of("mode", "WHISPER"));
        assertEquals(409, late.status(), late.raw());
        assertEquals("The call has ended: there is nothing to whisper into.", late.text("message"));
        assertEquals(403, http.put("team/calls/" + call + "/supervision", a1, Map.of("mode", "MONITOR")).status());
        assertEquals(204, http.delete("team/calls/" + call + "/supervision", s1).status());
    }
}
