package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * Reason codes and dispositions come from the server's configuration: {@code GET configuration}
 * gives the administrator's lists, each ordered by label, to a logged-in agent.
 */
class AgentConfigurationOverHttpTest extends HttpScenario {

    private static List<String> labels(JsonNode codes) {
        List<String> out = new ArrayList<>();
        codes.forEach(c -> out.add(c.path("label").asText()));
        return out;
    }

    @Test
    void reasonCodesAndDispositionsAreTheServersConfiguration() {
        start();
        String a1 = login("a1");
        Http.Reply r = http.get("configuration", a1);
        assertEquals(200, r.status(), r.raw());
        JsonNode body = r.body();
        assertEquals(List.of("Break", "Lunch", "Meeting", "Training"), labels(body.path("notReadyReasons")));
        assertEquals("training", body.path("notReadyReasons").get(3).path("code").asText());
        assertEquals(List.of("Escalated", "Needs follow-up", "Resolved", "Sale made"), labels(body.path("dispositions")));
        assertEquals("sale", body.path("dispositions").get(3).path("code").asText());
        assertEquals(4000, body.path("maxNotesLength").asInt());

        assertEquals(401, http.get("configuration", null).status(), "only for a logged-in agent");
    }
}
