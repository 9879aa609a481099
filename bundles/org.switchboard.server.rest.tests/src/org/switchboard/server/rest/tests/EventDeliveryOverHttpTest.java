package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.switchboard.testing.Http;

/**
 * Event delivery under a burst: requests sent back to back, each answered on the stream while the
 * stream is still writing the answers before it. Every outcome must arrive, ids without a gap.
 */
class EventDeliveryOverHttpTest extends HttpScenario {

    private static final int REQUESTS = 600;

    @Test
    void everyOutcomeOfABurstOfRequestsArrivesOnTheStreamInOrder() {
        start();
        String a1 = loginReady("a1");
        SseReader events = stream(a1);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, a1, call, "ANSWER", "answer", null);
        long last = events.seen.get(events.seen.size() - 1).id();

        for (int n = 0; n < REQUESTS; n++) {
            Http.Reply r = act(a1, call, n % 2 == 0 ? "HOLD" : "RESUME", "burst-" + n, null);
            assertEquals(202, r.status(), r.raw());
        }
        Set<String> outcomes = new HashSet<>();
        while (outcomes.size() < REQUESTS) {
            SseReader.Event e = events.next();
            assertEquals(last + 1, e.id(), "event ids follow each other: " + e);
            last = e.id();
            if (e.requestId() != null && e.requestId().startsWith("burst-")) {
                assertEquals("action-completed", e.name(), e.envelope().toString());
                outcomes.add(e.requestId());
            }
        }
    }
}
