package org.switchboard.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another agent at another desk, driven over the server's REST API as any client would: the
 * counterpart of the desktop under test in consults, transfers and conferences.
 */
public final class RestAgent {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final String agentId;
    private String token;

    private RestAgent(URI api, String agentId) {
        this.api = api;
        this.agentId = agentId;
    }

    public static RestAgent login(URI api, String agentId, String password) {
        RestAgent agent = new RestAgent(api, agentId);
        HttpResponse<String> r = agent.send("POST", "sessions",
                "{\"agentId\":\"" + agentId + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no token in " + r.body());
        }
        agent.token = m.group(1);
        return agent;
    }

    public void ready() {
        HttpResponse<String> r = send("PUT", "agents/" + agentId + "/state", "{\"state\":\"READY\"}");
        assertEquals(200, r.statusCode(), r.body());
    }

    public void notReady(String reasonCode) {
        HttpResponse<String> r = send("PUT", "agents/" + agentId + "/state",
                "{\"state\":\"NOT_READY\",\"reasonCode\":\"" + reasonCode + "\"}");
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The interaction as this agent sees it, JSON. */
    public String view(String interactionId) {
        return send("GET", "interactions/" + interactionId, null).body();
    }

    /** Waits until the server allows this agent {@code action} on the interaction. */
    public void awaitAllowed(String interactionId, String action) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = send("GET", "interactions/" + interactionId, null);
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200 && r.body().contains("\"" + action + "\"")) {
                return;
            }
            pause();
        }
        throw new AssertionError(agentId + " was not allowed " + action + " within " + WAIT + "; last: " + last);
    }

    public void act(String interactionId, String action) {
        act(interactionId, action, "{}");
    }

    /** Consults agent {@code agentId} on the call. */
    public void consult(String interactionId, String agentId) {
        act(interactionId, "CONSULT", "{\"target\":{\"type\":\"AGENT\",\"id\":\"" + agentId + "\"}}");
    }

    public void wrapUp(String interactionId, String disposition) {
        act(interactionId, "WRAP_UP", "{\"disposition\":\"" + disposition + "\"}");
    }

    public void act(String interactionId, String action, String params) {
        HttpResponse<String> r = send("POST", "interactions/" + interactionId + "/actions", "{\"action\":\"" + action
                + "\",\"params\":" + params + ",\"requestId\":\"" + UUID.randomUUID() + "\"}");
        assertEquals(202, r.statusCode(), r.body());
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(WAIT)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
