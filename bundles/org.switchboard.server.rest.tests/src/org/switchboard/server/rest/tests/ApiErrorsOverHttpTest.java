package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * Every error the server answers over real HTTP is a JSON Error, also those CXF and Jetty wrote
 * themselves (HTML pages, empty bodies, 500s): malformed charsets, percent-encoding, chunks, JSON
 * and methods are the client's mistakes, answered 4xx.
 */
class ApiErrorsOverHttpTest extends HttpScenario {

    private RawHttp raw;
    private String a1;

    @BeforeEach
    void serve() {
        start();
        raw = new RawHttp(server.baseUri());
        a1 = login("a1");
    }

    /** The JSON endpoints with a body that changes nothing when refused, and that body. */
    private List<String[]> jsonEndpoints() {
        return List.of(new String[] { "POST", "sessions", "{\"agentId\":\"a3\",\"password\":\"a3-demo\"}" },
                new String[] { "PUT", "agents/a1/state", "{\"state\":\"READY\"}" },
                new String[] { "POST", "interactions/i-1/actions", "{\"action\":\"HOLD\",\"requestId\":\"r\"}" },
                new String[] { "POST", "calls", "{\"kind\":\"NUMBER\",\"to\":\"+12015550188\"}" },
                new String[] { "POST", "sim/calls", "{\"queueId\":\"sales\"}" },
                new String[] { "POST", "sim/interactions/i-1/messages", "{\"text\":\"hello\"}" });
    }

    @Test
    void aCharsetOtherThanUtf8OrAnEmptyOneIs415OnEveryJsonEndpoint() {
        for (String[] e : jsonEndpoints()) {
            for (String type : List.of("application/json; charset=", "application/json; charset=bogus-42",
                    "application/json;charset=\"\"", "application/json; charset=ISO-8859-1")) {
                jsonError(raw.sendJson(e[0], raw.target(e[1]), type, e[2], "Authorization: Bearer " + a1), 415);
            }
        }
        assertEquals("NOT_READY", http.get("agents/a1", a1).text("availability"), "nothing changed");
        for (String[] e : jsonEndpoints()) {
            RawHttp.Answer quoted = raw.sendJson(e[0], raw.target(e[1]), "application/json; charset=\"UTF-8\"", e[2],
                    "Authorization: Bearer " + a1);
            assertTrue(quoted.status() != 415 && quoted.status() < 500, e[1] + ": " + quoted.text());
        }
        assertEquals("READY", http.get("agents/a1", a1).text("availability"), "served with a quoted utf-8");
    }

    @Test
    void aBodyThatIsNotJsonIs415AndOneWithoutAContentTypeToo() {
        for (String[] e : jsonEndpoints()) {
            jsonError(raw.sendJson(e[0], raw.target(e[1]), "text/plain", e[2], "Authorization: Bearer " + a1), 415);
            byte[] body = e[2].getBytes(StandardCharsets.UTF_8);
            jsonError(raw.send(e[0], raw.target(e[1]), body, "Content-Length: " + body.length,
                    "Authorization: Bearer " + a1), 415);
        }
    }

    @Test
    void brokenPercentEncodingIs400() {
        for (String target : List.of("directory?q=%zz", "directory?q=%", "directory?q=%4", "directory?q=%ff%fe",
                "agents/%zz", "agents/a%c3")) {
            jsonError(raw.send("GET", raw.target(target), null, "Authorization: Bearer " + a1), 400);
        }
        assertEquals(200, raw.send("GET", raw.target("directory?q=%41v%C3%A9"), null, "Authorization: Bearer " + a1)
                .status());
    }

    @Test
    void aBrokenChunkedBodyIs400() {
        for (String chunks : List.of("zz\r\n{}\r\n0\r\n\r\n", "ffffffffffffffffff\r\n{}\r\n0\r\n\r\n",
                "2\r\n{}", "5\r\n{}\r\n0\r\n\r\n")) {
            RawHttp.Answer a = raw.send("POST", raw.target("sessions"), chunks.getBytes(StandardCharsets.US_ASCII),
                    "Content-Type: application/json", "Transfer-Encoding: chunked");
            jsonError(a, a.status());
            assertTrue(a.status() >= 400 && a.status() < 500, chunks + " answered " + a.status());
        }
    }

    @Test
    void malformedJsonAndValuesOfTheWrongTypeAre400NamingTheField() {
        jsonError(raw.sendJson("POST", raw.target("sessions"), "application/json", "{\"agentId\": "), 400);
        JsonNode name = jsonError(raw.sendJson("POST", raw.target("sim/calls"), "application/json",
                "{\"queueId\":\"sales\",\"callerName\":123}", "Authorization: Bearer " + sim()), 400);
        assertTrue(name.path("message").asText().contains("callerName"), name.toString());
        assertTrue(name.path("message").asText().contains("string"), name.toString());
        JsonNode agent = jsonError(raw.sendJson("POST", raw.target("sessions"), "application/json",
                "{\"agentId\":true,\"password\":\"a1-demo\"}"), 400);
        assertTrue(agent.path("message").asText().contains("agentId"), agent.toString());
        JsonNode typing = jsonError(raw.sendJson("POST", raw.target("sim/interactions/i-1/typing"), "application/json",
                "{\"typing\":1}", "Authorization: Bearer " + sim()), 400);
        assertTrue(typing.path("message").asText().contains("typing"), typing.toString());
        JsonNode cad = jsonError(raw.sendJson("POST", raw.target("sim/calls"), "application/json",
                "{\"queueId\":\"sales\",\"cad\":{\"orderTotal\":12}}", "Authorization: Bearer " + sim()), 400);
        assertTrue(cad.path("message").asText().contains("cad.orderTotal"), cad.toString());
        assertEquals(0, http.get("queues", a1).body().get(0).path("waiting").asInt(), "no call was injected");
    }

    @Test
    void lowerCaseMethodsTraceAndMethodsTheApiDoesNotUseAre405() {
        for (String method : List.of("get", "Get", "TRACE", "PATCH", "CONNECT", "PROPFIND")) {
            RawHttp.Answer a = raw.send(method, raw.target("system"), null, "Authorization: Bearer " + a1);
            jsonError(a, 405);
            assertTrue(a.headers().getOrDefault("allow", "").contains("GET"), method + ": " + a.headers());
        }
        jsonError(raw.send("DELETE", raw.target("openapi.json"), null), 405);
    }

    @Test
    void aUriOrHeadersTooLargeAnAmbiguousPathAndAPathOutsideTheApiAreJson() {
        jsonError(raw.send("GET", raw.target("directory?q=" + "x".repeat(20_000)), null), 414);
        jsonError(raw.send("GET", raw.target("system"), null, "X-Padding: " + "x".repeat(20_000)), 431);
        jsonError(raw.send("GET", raw.target("%2e%2e/system"), null), 400);
        jsonError(raw.send("GET", raw.target("agents/a1/..;/x"), null), 400);
        jsonError(raw.send("GET", "/elsewhere", null), 404);
        jsonError(raw.send("GET", raw.target("nothing/here"), null, "Authorization: Bearer " + a1), 404);
        jsonError(raw.send("GET", "no-slash", null), 400);
        jsonError(raw.send("GET", raw.target("system"), null, "Content-Length: 12", "Content-Length: 13"), 400);
        RawHttp.Answer system = raw.send("GET", raw.target("system"), null, "Authorization: Bearer " + a1);
        assertEquals(200, system.status(), system.text());
    }

    @Test
    void aBodyDeclaredLargerThanAnyRequestTakesIs413() {
        jsonError(raw.send("POST", raw.target("sessions"), new byte[0], "Content-Type: application/json",
                "Content-Length: " + (64L * 1024 * 1024)), 413);
    }

    /** Asserts a JSON Error with this status; returns its body. */
    static JsonNode jsonError(RawHttp.Answer a, int status) {
        assertEquals(status, a.status(), a.text());
        assertTrue(a.contentType().startsWith("application/json"), a.status() + " " + a.contentType() + ": " + a.text());
        try {
            JsonNode body = Http.JSON.readTree(a.body());
            assertTrue(body.path("error").isTextual() && body.path("message").isTextual(), a.text());
            return body;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + a.text(), e);
        }
    }

}
