package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.knowledge.ArticleDraft;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * The knowledge base over HTTP: agents search (typos forgiven, passages marked, facets), read, use
 * and rate articles and propose; the knowledge manager publishes or rejects; each role only what it may.
 */
class KnowledgeOverHttpTest extends HttpScenario {

    private List<String> ids;

    private void startWithArticles() {
        start();
        ids = knowledge.publishAll(List.of(
                new ArticleDraft("Refund times by payment method", "Card refunds arrive in **3 to 5** working days.",
                        List.of("payments", "returns"), "en", List.of("support", "sales")),
                new ArticleDraft("Returning a rain jacket", "Return the jacket within 30 days for a refund.",
                        List.of("returns", "apparel"), "en", List.of("support"))), "author");
    }

    @Test
    void anAgentSearchesWithATypoReadsUsesAndRatesAnArticle() {
        startWithArticles();
        String a1 = login("a1");
        Http.Reply found = http.get("knowledge/search?q=refnud&tag=returns", a1);
        assertEquals(200, found.status(), found.raw());
        JsonNode body = found.body();
        assertEquals(2, body.path("total").asInt(), found.raw());
        assertEquals(ids.get(0), body.at("/hits/0/id").asText(), found.raw());
        assertEquals("<mark>Refund</mark> times by payment method", body.at("/hits/0/title").asText());
        assertEquals("returns", body.at("/tags/0/value").asText(), found.raw());
        assertEquals(2, body.at("/tags/0/count").asInt(), found.raw());

        Http.Reply suggested = http.get("knowledge/suggestions?q=ret", a1);
        assertEquals("Returning a rain jacket", suggested.body().at("/0/title").asText(), suggested.raw());

        Http.Reply article = http.get("knowledge/articles/" + ids.get(0), a1);
        assertEquals(200, article.status(), article.raw());
        assertTrue(article.body().path("html").asText().contains("<strong>3 to 5</strong>"), article.raw());
        assertEquals(204, http.post("knowledge/articles/" + ids.get(0) + "/uses", a1, Map.of()).status());
        assertEquals(204, http.post("knowledge/articles/" + ids.get(0) + "/ratings", a1, Map.of("helpful", true))
                .status());
        assertEquals(204, http.post("knowledge/articles/" + ids.get(0) + "/ratings", a1, Map.of("helpful", false))
                .status());
        JsonNode stats = http.get("knowledge/articles/" + ids.get(0), a1).body().path("stats");
        assertEquals(List.of(1, 1, 1), List.of(stats.path("uses").asInt(), stats.path("helpful").asInt(),
                stats.path("notHelpful").asInt()), stats.toString());
        assertEquals(404, http.get("knowledge/articles/kb-404", a1).status());
        assertEquals(404, http.post("knowledge/articles/kb-404/uses", a1, Map.of()).status());
    }

    @Test
    void aQueryThatDoesNotParseIsRefusedWithItsPosition() {
        startWithArticles();
        String a1 = login("a1");
        Http.Reply r = http.get("knowledge/search?q=" + java.net.URLEncoder.encode("refund AND (card",
                java.nio.charset.StandardCharsets.UTF_8), a1);
        assertEquals(400, r.status(), r.raw());
        assertEquals("query-syntax", r.text("error"));
        assertEquals(16, r.body().path("position").asInt(), r.raw());
        assertEquals(400, http.get("knowledge/search?q=refund&limit=500", a1).status());
        assertEquals(400, http.get("knowledge/search?q=refund&limit=ten", a1).status());
    }

    @Test
    void anAgentsProposalIsPublishedByTheKnowledgeManagerAndSearchableAtOnce() {
        startWithArticles();
        String a1 = login("a1");
        String a2 = login("a2");
        String km = staff("km");
        Http.Reply proposed = http.post("knowledge/proposals", a1, Map.of("title", "Gift wrapping",
                "body", "We wrap gifts for 3.00 in recycled paper.", "tags", List.of("gifts")));
        assertEquals(201, proposed.status(), proposed.raw());
        String id = proposed.text("id");
        assertEquals("PENDING", proposed.text("state"));
        assertEquals(0, http.get("knowledge/search?q=wrapping", a1).body().path("total").asInt());

        assertEquals(403, http.post("knowledge/proposals/" + id + "/publish", a1, Map.of()).status());
        assertEquals(404, http.get("knowledge/proposals/" + id, a2).status(), "another agent's proposal");
        assertEquals(List.of(), http.get("knowledge/proposals", a2).body().findValuesAsText("id"));
        assertEquals(List.of(id), http.get("knowledge/proposals?state=pending", km).body().findValuesAsText("id"));

        Http.Reply published = http.post("knowledge/proposals/" + id + "/publish", km, Map.of("note", "thanks"));
        assertEquals(200, published.status(), published.raw());
        assertEquals("PUBLISHED", published.text("state"));
        assertEquals("km", published.text("reviewer"));
        String articleId = published.text("articleId");
        assertEquals(articleId, http.get("knowledge/search?q=wrapping", a1).body().at("/hits/0/id").asText());
        assertEquals(409, http.post("knowledge/proposals/" + id + "/publish", km, Map.of()).status());
        assertEquals("PUBLISHED", http.get("knowledge/proposals/" + id, a1).text("state"));

        Http.Reply edit = http.post("knowledge/proposals", a2, Map.of("articleId", articleId, "title", "Gift wrapping",
                "body", "We no longer wrap gifts.", "tags", List.of("gifts")));
        assertEquals(201, edit.status(), edit.raw());
        assertEquals(400, http.post("knowledge/proposals/" + edit.text("id") + "/reject", km, Map.of()).status(),
                "a rejection needs a note");
        Http.Reply rejected = http.post("knowledge/proposals/" + edit.text("id") + "/reject", km,
                Map.of("note", "we still do"));
        assertEquals("REJECTED", rejected.text("state"));
        assertEquals(1, http.get("knowledge/articles/" + articleId + "/versions", a1).body().size());
    }

    @Test
    void rolesAndBadValuesAreRefused() {
        startWithArticles();
        assertEquals(403, http.get("knowledge/search?q=refund", sim()).status());
        assertEquals(401, http.get("knowledge/search?q=refund", null).status());
        assertEquals(200, http.get("knowledge/search?q=refund", staff("admin")).status());
        assertEquals(403, http.post("knowledge/proposals", staff("admin"), Map.of("title", "t", "body", "b")).status());
        String a1 = login("a1");
        assertEquals(400, http.post("knowledge/proposals", a1, Map.of("title", "", "body", "b")).status());
        assertEquals(400, http.post("knowledge/proposals", a1, Map.of("title", "t", "body", "b",
                "tags", List.of("Not A Tag!"))).status());
        assertEquals(413, http.post("knowledge/proposals", a1, Map.of("title", "t", "body", "b".repeat(70_000)))
                .status());
        assertEquals(400, http.post("knowledge/articles/" + ids.get(0) + "/ratings", a1, Map.of()).status());
        assertEquals(403, http.post("knowledge/articles/" + ids.get(0) + "/uses", staff("km"), Map.of()).status());
    }
}
