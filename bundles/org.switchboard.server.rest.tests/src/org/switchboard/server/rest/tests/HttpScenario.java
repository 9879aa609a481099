package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.knowledge.internal.LuceneKnowledgeBase;
import org.switchboard.server.knowledge.internal.rest.KnowledgeApi;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.sim.Simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;
import org.switchboard.testing.ManualClock;

/**
 * A contact center on a clock the test moves, its REST API on loopback, and what a client does over
 * HTTP: log in, read the event stream, act, inject customers.
 */
abstract class HttpScenario {

    static final Duration OFFER_TIMEOUT = Duration.ofSeconds(10);

    final ManualClock clock = new ManualClock();
    RunningContactCenter center;
    RestServer server;
    /** The knowledge base served under {@code knowledge}, empty until a test publishes articles. */
    LuceneKnowledgeBase knowledge;
    private Path knowledgeFolder;
    Http http;
    private final List<SseReader> readers = new ArrayList<>();
    private String simToken;

    void start(ServerConfig config) {
        simToken = null;
        center = ContactCenters.start(config, clock, null);
        server = RestServer.start(center, 0, Duration.ofMillis(300));
        Simulator.serve(center, server);
        try {
            knowledgeFolder = Files.createTempDirectory("knowledge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        knowledge = new LuceneKnowledgeBase(knowledgeFolder, clock);
        KnowledgeApi.serve(knowledge, server);
        http = new Http(server.baseUri());
    }

    void start() {
        start(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT));
    }

    @AfterEach
    void stop() {
        readers.forEach(SseReader::close);
        if (server != null) {
            server.close();
        }
        if (center != null) {
            center.close();
        }
        if (knowledge != null) {
            knowledge.close();
            deleteRecursively(knowledgeFolder);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String login(String agentId) {
        Http.Reply r = http.post("sessions", null, Map.of("agentId", agentId, "password", agentId + "-demo"));
        assertEquals(200, r.status(), r.raw());
        return r.text("token");
    }

    void ready(String agentId, String token) {
        Http.Reply r = http.put("agents/" + agentId + "/state", token, Map.of("state", "READY"));
        assertEquals(200, r.status(), r.raw());
    }

    String loginReady(String agentId) {
        String token = login(agentId);
        ready(agentId, token);
        return token;
    }

    SseReader stream(String token) {
        return stream(token, null);
    }

    /** A stream that resumes after {@code lastEventId} (null: from the start). */
    SseReader stream(String token, String lastEventId) {
        SseReader r = new SseReader(http, token, lastEventId);
        readers.add(r);
        return r;
    }

    /** A token of one of the demo's staff accounts: s1 (supervisor of team front), admin, sim, km (knowledge manager). */
    String staff(String id) {
        Http.Reply r = http.post("sessions", null, Map.of("agentId", id, "password", id + "-demo"));
        assertEquals(200, r.status(), r.raw());
        return r.text("token");
    }

    /** The customer simulator's token: customers arrive, write and hang up through its account. */
    String sim() {
        if (simToken == null) {
            simToken = staff("sim");
        }
        return simToken;
    }

    String inject(String kind, Map<String, ?> body) {
        Http.Reply r = http.post("sim/" + kind, sim(), body);
        assertEquals(201, r.status(), r.raw());
        return r.text("interactionId");
    }

    String injectCall(String queue) {
        return inject("calls", Map.of("queueId", queue, "callerName", "Dana Whitfield", "callerNumber",
                "+12015550188", "cad", Map.of("customerName", "Dana Whitfield", "orderTotal", "129.90",
                        "accountNumber", "DE-4471")));
    }

    Http.Reply act(String token, String interactionId, String action, String requestId, Map<String, ?> params) {
        return http.post("interactions/" + interactionId + "/actions", token,
                params == null ? Map.of("action", action, "requestId", requestId)
                        : Map.of("action", action, "requestId", requestId, "params", params));
    }

    /** Sends the action and returns its outcome event, completed or refused. */
    SseReader.Event outcome(SseReader events, String token, String interactionId, String action, String requestId,
            Map<String, ?> params) {
        Http.Reply r = act(token, interactionId, action, requestId, params);
        assertEquals(202, r.status(), r.raw());
        return events.outcome(requestId);
    }

    void completes(SseReader events, String token, String interactionId, String action, String requestId,
            Map<String, ?> params) {
        SseReader.Event e = outcome(events, token, interactionId, action, requestId, params);
        assertEquals("action-completed", e.name(), e.data().toString());
    }

    /** Refused with this rule: the outcome event names it. Returns the outcome. */
    JsonNode refused(SseReader events, String token, String interactionId, String action, String requestId,
            Map<String, ?> params, String rule) {
        SseReader.Event e = outcome(events, token, interactionId, action, requestId, params);
        assertEquals("action-refused", e.name(), e.data().toString());
        assertEquals(rule, e.data().path("rule").asText(), e.data().toString());
        return e.data();
    }

    JsonNode view(String token, String interactionId) {
        Http.Reply r = http.get("interactions/" + interactionId, token);
        assertEquals(200, r.status(), r.raw());
        return r.body();
    }

    static boolean offered(JsonNode view, String id) {
        return view.path("id").asText().equals(id) && view.path("state").asText().equals("OFFERED");
    }

    static boolean is(JsonNode view, String id) {
        return view.path("id").asText().equals(id);
    }

    static JsonNode variable(JsonNode view, String name) {
        for (JsonNode v : view.path("cad")) {
            if (v.path("name").asText().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name + " in " + view);
    }
}
