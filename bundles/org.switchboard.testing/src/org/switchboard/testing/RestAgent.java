package org.switchboard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Another agent at another desk, driven over the server's REST API as any client would: the
 * counterpart of the desktop under test in consults, transfers and conferences.
 */
public final class RestAgent {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Http http;
    private final String agentId;
    private final String token;

    private RestAgent(Http http, String agentId, String token) {
        this.http = http;
        this.agentId = agentId;
        this.token = token;
    }

    public static RestAgent login(URI api, String agentId, String password) {
        Http http = new Http(api);
        Http.Reply r = http.post("sessions", null, Map.of("agentId", agentId, "password", password));
        assertEquals(200, r.status(), r.raw());
        String token = r.text("token");
        if (token == null) {
            throw new AssertionError("no token in " + r.raw());
        }
        return new RestAgent(http, agentId, token);
    }

    public String agentId() {
        return agentId;
    }

    public void ready() {
        Http.Reply r = http.put("agents/" + agentId + "/state", token, Map.of("state", "READY"));
        assertEquals(200, r.status(), r.raw());
    }

    public void notReady(String reasonCode) {
        Http.Reply r = http.put("agents/" + agentId + "/state", token,
                Map.of("state", "NOT_READY", "reasonCode", reasonCode));
        assertEquals(200, r.status(), r.raw());
    }

    /** The interaction as this agent sees it, JSON. */
    public String view(String interactionId) {
        return http.get("interactions/" + interactionId, token).raw();
    }

    /** Waits until the server allows this agent {@code action} on the interaction. */
    public void awaitAllowed(String interactionId, String action) {
        Await.value(agentId + " allowed " + action, WAIT, () -> http.get("interactions/" + interactionId, token),
                r -> r.status() == 200 && r.raw().contains("\"" + action + "\""));
    }

    public void act(String interactionId, String action) {
        act(interactionId, action, Map.of());
    }

    /** Consults agent {@code agentId} on the call. */
    public void consult(String interactionId, String agentId) {
        act(interactionId, "CONSULT", Map.of("target", Map.of("type", "AGENT", "id", agentId)));
    }

    public void wrapUp(String interactionId, String disposition) {
        act(interactionId, "WRAP_UP", Map.of("disposition", disposition));
    }

    public void act(String interactionId, String action, Map<String, ?> params) {
        Http.Reply r = http.post("interactions/" + interactionId + "/actions", token,
                Map.of("action", action, "params", params, "requestId", UUID.randomUUID().toString()));
        assertEquals(202, r.status(), r.raw());
    }
}
