package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.EmailReceipt;
import org.switchboard.server.core.InboundEmail;
import org.switchboard.server.core.OutboundEmail;
import org.switchboard.testing.Http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Email over the API: an email offered on the agent's stream with its case and thread, accepted and
 * answered through the interaction's actions (the reply threaded and handed to the transport), the
 * email queues with their counts, and an email retrieved from the team queue.
 */
class EmailOverHttpTest extends HttpScenario {

    private final List<OutboundEmail> sent = new CopyOnWriteArrayList<>();

    private EmailReceipt mail(String messageId, String subject) {
        return center.emails().receive("email-support", new InboundEmail(messageId, List.of(), "dana@customers.test",
                "Dana Whitfield", "support@switchboard.test", subject, "Order 1234 has not arrived.",
                "<p>Order <b>1234</b> has not arrived.</p>", List.of(), InboundEmail.Kind.ORDINARY, clock.instant()));
    }

    @Test
    void anEmailIsOfferedAcceptedAndAnsweredOverTheApi() {
        start();
        center.emails().connect(sent::add);
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        EmailReceipt r = mail("m1@customers.test", "Where is my parcel?");

        JsonNode offered = events.await("interaction", v -> offered(v, r.interactionId())).data();
        assertEquals("EMAIL", offered.path("channel").asText());
        assertEquals("Where is my parcel?", offered.path("email").path("subject").asText());
        assertEquals("<p>Order <b>1234</b> has not arrived.</p>",
                offered.path("email").path("messages").get(0).path("html").asText());
        completes(events, a2, r.interactionId(), "ACCEPT", "e1", null);
        completes(events, a2, r.interactionId(), "REPLY", "e2", Map.of("text", "It ships today."));

        assertEquals(1, sent.size());
        assertEquals("m1@customers.test", sent.get(0).inReplyTo());
        JsonNode answered = view(a2, r.interactionId());
        assertEquals("QUEUED", answered.path("email").path("messages").get(1).path("delivery").asText());
        assertTrue(answered.path("allowedActions").toString().contains("WRAP_UP"));
        completes(events, a2, r.interactionId(), "WRAP_UP", "e3", Map.of("disposition", "resolved"));
    }

    @Test
    void theQueuesShowTheirCountsAndAnEmailIsRetrievedFromTheTeamQueue() {
        start();
        String a1 = loginReady("a1");
        center.changeState("a1", "NOT_READY", "break");
        EmailReceipt r = mail("m1@customers.test", "Refund");
        clock.advance(Duration.ofSeconds(1));

        JsonNode queues = http.get("email/queues", a1).body();
        JsonNode team = queues.get(0);
        assertEquals("email-support", team.path("id").asText());
        assertEquals("TEAM", team.path("kind").asText());
        assertEquals(1, team.path("count").asInt(), queues.toString());
        assertEquals("PERSONAL", queues.get(1).path("kind").asText());

        Http.Reply taken = http.post("email/" + r.interactionId() + "/retrieve", a1, Map.of());
        assertEquals(200, taken.status(), taken.raw());
        assertEquals("HANDLING", taken.text("state"));
        assertEquals(0, http.get("email/queues", a1).body().get(0).path("count").asInt());
        Http.Reply again = http.post("email/" + r.interactionId() + "/retrieve", a1, Map.of());
        assertEquals(409, again.status(), again.raw());
    }
}
