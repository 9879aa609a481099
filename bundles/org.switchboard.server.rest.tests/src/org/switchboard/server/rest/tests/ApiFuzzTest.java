package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;
import org.switchboard.server.knowledge.ArticleDraft;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * {@value #REQUESTS} malformed or hostile requests (seed {@value #SEED}) across every operation of
 * the API against the real server on loopback, four clients at once: none is answered 5xx, every
 * error is a JSON Error, and afterwards the server serves a call from dialling to wrap-up.
 */
class ApiFuzzTest extends HttpScenario {

    static final long SEED = 20_261_207L;
    static final int REQUESTS = 10_000;
    private static final int CLIENTS = 4;
    private static final int MAX_REPORTED = 20;

    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder jsonErrors = new LongAdder();

    @Test
    void hostileRequestsAreAnsweredWithJsonErrorsNever5xxAndTheServerServesAfterwards() throws Exception {
        start();
        List<String> tokens = List.of(login("a1"), login("a2"), staff("admin"), staff("sim"), staff("s1"), staff("km"));
        knowledge.publishAll(List.of(new ArticleDraft("Refund times", "Card refunds take 3 to 5 days.",
                List.of("returns"), "en", List.of("support"))), "author");
        knowledge.propose("a1", null, new ArticleDraft("Gift wrapping", "We wrap gifts.", List.of(), "en", List.of()));
        injectCall("sales");
        inject("chats", Map.of("queueId", "chat-support", "callerName", "Ines Duarte"));
        RawHttp raw = new RawHttp(server.baseUri());
        String basePath = server.baseUri().getPath();

        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            HostileRequests requests = new HostileRequests(SEED + c, tokens);
            clients.execute(() -> {
                for (int i = 0; i < REQUESTS / CLIENTS; i++) {
                    send(raw, requests.next(basePath));
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the requests did not end");
        double seconds = (System.nanoTime() - t0) / 1e9;

        long total = byStatus.values().stream().mapToLong(LongAdder::sum).sum();
        long errors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 400).mapToLong(e -> e.getValue().sum())
                .sum();
        Map<Integer, Long> statuses = new TreeMap<>();
        byStatus.forEach((status, n) -> statuses.put(status, n.sum()));
        System.out.printf("fuzz: seed %d, %d requests in %.1f s; answers by status %s; %d errors, %d of them JSON;"
                + " %d failures%n", SEED, total, seconds, statuses, errors, jsonErrors.sum(), failures.size());

        assertEquals(List.of(), failures.subList(0, Math.min(MAX_REPORTED, failures.size())));
        assertEquals(REQUESTS, total);
        assertEquals(errors, jsonErrors.sum(), "every error a JSON Error");
        servesACallFromDiallingToWrapUp();
    }

    private void send(RawHttp raw, HostileRequests.Hostile h) {
        RawHttp.Answer a;
        try {
            a = raw.send(h.method(), h.target(), h.body(), h.headers().toArray(String[]::new));
        } catch (RuntimeException noAnswer) {
            failures.add("no answer to " + describe(h) + ": " + noAnswer.getCause());
            return;
        }
        byStatus.computeIfAbsent(a.status(), s -> new LongAdder()).increment();
        if (a.status() >= 500) {
            failures.add(a.status() + " for " + describe(h) + ": " + a.text());
        } else if (a.status() >= 400) {
            if (isJsonError(a)) {
                jsonErrors.increment();
            } else {
                failures.add("not a JSON Error: " + a.status() + " " + a.contentType() + " for " + describe(h) + ": "
                        + a.text());
            }
        }
    }

    private static boolean isJsonError(RawHttp.Answer a) {
        if (!a.contentType().startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode body = Http.JSON.readTree(a.body());
            return body.path("error").isTextual() && body.path("message").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(HostileRequests.Hostile h) {
        String target = h.target().length() > 120 ? h.target().substring(0, 120) + "..." : h.target();
        List<String> headers = h.headers().stream().map(x -> x.length() > 80 ? x.substring(0, 80) + "..." : x).toList();
        String body = h.body() == null ? "" : new String(h.body(), 0, Math.min(h.body().length, 120),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return h.method() + " " + target + " " + headers + " " + body;
    }

    /**
     * Agent a3 was not fuzzed with (its password is not in the requests): it places a call, the
     * customer answers and hangs up, and it wraps up. The queues hold what the fuzz injected: a3
     * stays Not Ready so that nothing of it is offered.
     */
    private void servesACallFromDiallingToWrapUp() {
        String admin = staff("admin");
        assertEquals(200, http.get("system", admin).status());
        String a3 = login("a3");
        SseReader events = stream(a3);
        events.await("snapshot");
        Http.Reply placed = http.post("calls", a3, Map.of("kind", "NUMBER", "to", "+12015550123"));
        assertEquals(201, placed.status(), placed.raw());
        String call = placed.text("id");
        String sim = staff("sim");
        assertEquals(204, http.post("sim/interactions/" + call + "/outbound-answered", sim, Map.of()).status());
        events.await("interaction", v -> is(v, call) && v.path("state").asText().equals("CONNECTED"));
        assertEquals(204, http.post("sim/interactions/" + call + "/hangup", sim, Map.of()).status());
        completes(events, a3, call, "WRAP_UP", "health-1", Map.of("disposition", "resolved"));
        assertEquals("NOT_READY", http.get("agents/a3", admin).text("state"));
    }
}
