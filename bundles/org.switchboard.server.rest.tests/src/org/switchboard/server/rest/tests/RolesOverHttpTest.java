package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.switchboard.testing.Http;

/**
 * Roles over HTTP: an agent reads and acts only on itself and its interactions, a supervisor reads
 * the agents of its team, an administrator reads every agent, and only the simulator's account and
 * administrators drive the customers.
 */
class RolesOverHttpTest extends HttpScenario {

    private String a1;
    private String a2;

    @BeforeEach
    void serve() {
        start();
        a1 = login("a1");
        a2 = loginReady("a2");
    }

    private void forbidden(Http.Reply r) {
        assertEquals(403, r.status(), r.raw());
        assertEquals("forbidden", r.text("error"), r.raw());
    }

    @Test
    void anAgentReadsAndActsOnlyOnItselfAndItsInteractions() {
        SseReader events = stream(a2);
        String call = injectCall("support");
        events.await("interaction", v -> offered(v, call));

        forbidden(http.get("agents/a2", a1));
        forbidden(http.get("agents/a2/interactions", a1));
        forbidden(http.put("agents/a2/state", a1, Map.of("state", "NOT_READY", "reasonCode", "break")));
        forbidden(http.get("agents/nobody", a1));
        forbidden(http.get("interactions/" + call, a1));
        forbidden(act(a1, call, "ANSWER", "steal", null));
        assertEquals(200, http.get("agents/a1", a1).status());
        assertEquals(List.of(call), ids(http.get("agents/a2", a2).body().path("offers")));
    }

    @Test
    void anAgentCannotDriveTheCustomersAndSoCannotHangUpAnotherAgentsCall() {
        SseReader events = stream(a2);
        String call = injectCall("support");
        events.await("interaction", v -> offered(v, call));
        completes(events, a2, call, "ANSWER", "a", null);

        forbidden(http.post("sim/interactions/" + call + "/hangup", a1, Map.of()));
        forbidden(http.post("sim/calls", a1, Map.of("queueId", "sales")));
        assertEquals("CONNECTED", view(a2, call).path("state").asText(), "the call goes on");
        assertEquals(204, http.post("sim/interactions/" + call + "/hangup", sim(), Map.of()).status());
    }

    @Test
    void aSupervisorReadsTheAgentsOfItsTeamAndActsOnNone() {
        String s1 = staff("s1");
        assertEquals("a1", http.get("agents/a1", s1).text("id"));
        assertEquals("READY", http.get("agents/a2", s1).text("availability"));
        assertEquals(200, http.get("agents/a2/interactions", s1).status());
        forbidden(http.get("agents/a3", s1));
        forbidden(http.put("agents/a1/state", s1, Map.of("state", "READY")));
        forbidden(http.post("calls", s1, Map.of("kind", "NUMBER", "to", "+12015550188")));
        forbidden(http.post("sim/calls", s1, Map.of("queueId", "sales")));
        assertEquals(200, http.get("queues", s1).status());
        assertEquals("front", stream(s1).await("team-snapshot").data().path("teamId").asText(),
                "a supervisor's stream is its team's");
        assertEquals(403, http.getBytes("events", staff("admin")).statusCode());
    }

    @Test
    void anAdministratorReadsEveryAgentAndDrivesTheSimulatorTheSimulatorsAccountOnlyTheSimulator() {
        String admin = staff("admin");
        assertEquals("a3", http.get("agents/a3", admin).text("id"));
        assertEquals(201, http.post("sim/calls", admin, Map.of("queueId", "sales")).status());
        forbidden(act(admin, "i-1", "ANSWER", "x", null));

        String sim = staff("sim");
        assertEquals(201, http.post("sim/chats", sim, Map.of("queueId", "chat-support")).status());
        forbidden(http.get("agents/a1", sim));
        forbidden(http.get("agents/a1/interactions", sim));
    }

    @Test
    void aStaffSessionEndsAtLogoutAndAWrongPasswordIsRefused() {
        String sim = staff("sim");
        String other = staff("sim");
        assertEquals(204, http.delete("sessions/current", sim).status());
        assertEquals(401, http.post("sim/calls", sim, Map.of("queueId", "sales")).status());
        assertEquals(201, http.post("sim/calls", other, Map.of("queueId", "sales")).status(),
                "another session of the account goes on");
        Http.Reply wrong = http.post("sessions", null, Map.of("agentId", "admin", "password", "a1-demo"));
        assertEquals(401, wrong.status(), wrong.raw());
    }

    private static List<String> ids(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
