package org.switchboard.server.knowledge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.knowledge.Article;
import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.Proposal;
import org.switchboard.server.knowledge.QuerySyntaxException;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.SearchResults;
import org.switchboard.testing.ManualClock;

/** The knowledge base on disk with a few articles: search, suggestions, contributions, counters, reopening. */
class KnowledgeBaseTest {

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock();
    private LuceneKnowledgeBase kb;
    private List<String> ids;

    @BeforeEach
    void open() {
        kb = new LuceneKnowledgeBase(folder, clock);
        ids = kb.publishAll(List.of(
                new ArticleDraft("Resetting an account password", "Send the **reset link**; it is valid for 60 minutes.",
                        List.of("account"), "en", List.of("support")),
                new ArticleDraft("Refund times by payment method", "Card refunds arrive in 3 to 5 working days.",
                        List.of("payments", "returns"), "en", List.of("support", "sales")),
                new ArticleDraft("Returning a rain jacket", "Return the jacket within 30 days for a refund.",
                        List.of("returns", "apparel"), "en", List.of("support")),
                new ArticleDraft("Rücksendung einer Regenjacke", "Die Jacke innerhalb von 30 Tagen zurücksenden.",
                        List.of("returns"), "de", List.of("support"))), "author");
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void searchFindsByWordsMarksThemInFragmentsAndCountsFacets() {
        SearchResults r = kb.search(SearchQuery.of("refund"));
        assertEquals(2, r.total(), r.toString());
        assertEquals(ids.get(1), r.hits().get(0).id(), "the title match ranks first: " + r.hits());
        assertEquals("<mark>Refund</mark> times by payment method", r.hits().get(0).title());
        assertTrue(r.hits().get(1).fragments().get(0).contains("<mark>refund</mark>"), r.hits().toString());
        assertEquals(List.of(new SearchResults.FacetCount("returns", 2), new SearchResults.FacetCount("apparel", 1),
                new SearchResults.FacetCount("payments", 1)), r.tags().stream().sorted((a, b) -> a.count() != b.count()
                        ? b.count() - a.count() : a.value().compareTo(b.value())).toList());
        assertTrue(r.services().contains(new SearchResults.FacetCount("support", 2)), r.services().toString());
    }

    @Test
    void stemmingAndTyposStillFind() {
        assertEquals(ids.get(1), kb.search(SearchQuery.of("refunds")).hits().get(0).id());
        SearchResults typo = kb.search(SearchQuery.of("pasword"));
        assertEquals(ids.get(0), typo.hits().get(0).id(), typo.toString());
        assertTrue(typo.hits().get(0).title().contains("<mark>password</mark>"), typo.hits().get(0).title());
    }

    @Test
    void filtersNarrowByTagServiceAndLanguage() {
        assertEquals(1, kb.search(new SearchQuery("refund", "apparel", null, null, 10)).total());
        assertEquals(1, kb.search(new SearchQuery("refund", null, "sales", null, 10)).total());
        assertEquals(1, kb.search(new SearchQuery("", "returns", null, "de", 10)).total());
        assertEquals(4, kb.search(new SearchQuery("", null, null, null, 10)).total());
    }

    @Test
    void fragmentsAreEscapedHtml() {
        Proposal p = kb.propose("a1", null, new ArticleDraft("Hostile <script>alert(1)</script> title",
                "Some <img src=x onerror=alert(1)> text about vouchers.", List.of(), "en", List.of()));
        kb.publish(p.id(), "km", null);
        SearchResults.Hit hit = kb.search(SearchQuery.of("vouchers")).hits().get(0);
        assertFalse(hit.title().contains("<script>"), hit.title());
        assertFalse(hit.fragments().get(0).contains("<img"), hit.fragments().toString());
        Article a = kb.article(hit.id()).orElseThrow();
        assertFalse(a.html().contains("<img"), a.html());
        assertTrue(a.html().contains("&lt;img"), a.html());
    }

    @Test
    void syntaxErrorsSayWhere() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> kb.search(SearchQuery.of("refund AND (card")));
        assertEquals(16, e.position(), e.getMessage());
        e = assertThrows(QuerySyntaxException.class, () -> kb.search(SearchQuery.of("refund \"card")));
        assertEquals(12, e.position(), e.getMessage());
        e = assertThrows(QuerySyntaxException.class, () -> kb.search(SearchQuery.of("title: AND")));
        assertEquals(7, e.position(), e.getMessage());
        e = assertThrows(QuerySyntaxException.class, () -> kb.search(SearchQuery.of("card *fund")));
        assertEquals(5, e.position(), e.getMessage());
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        assertEquals(List.of("Resetting an account password"),
                kb.suggest("resetting an acc", 5).stream().map(s -> s.title()).toList());
        assertEquals(4, kb.suggest("re", 5).size(), "resetting, refund, returning, regenjacke");
        assertEquals(List.of("Refund times by payment method"),
                kb.suggest("ref", 5).stream().map(s -> s.title()).toList());
        assertEquals(List.of(), kb.suggest("refun ", 5), "a finished word matches whole words only");
        assertEquals(List.of(), kb.suggest("   ", 5));
    }

    @Test
    void anAgentsEditIsPublishedAsANewVersionAndFoundByItsNewWords() {
        Proposal p = kb.propose("a1", ids.get(0), new ArticleDraft("Resetting an account password",
                "Send the reset link; it is valid for 60 minutes. Customers without email access verify by phone.",
                List.of("account"), "en", List.of("support")));
        assertEquals(Proposal.State.PENDING, p.state());
        assertEquals(1, p.baseVersion());
        assertEquals(0, kb.search(SearchQuery.of("phone")).total(), "not searchable before it is published");
        Proposal published = kb.publish(p.id(), "km", "thanks");
        assertEquals(Proposal.State.PUBLISHED, published.state());
        assertEquals(2, published.publishedVersion());
        assertEquals(ids.get(0), kb.search(SearchQuery.of("phone")).hits().get(0).id());
        assertEquals(List.of(2, 1), kb.versions(ids.get(0)).stream().map(v -> v.version()).toList());
        assertEquals(4, kb.size());
        assertThrows(IllegalStateException.class, () -> kb.publish(p.id(), "km", null));
        assertThrows(IllegalStateException.class, () -> kb.reject(p.id(), "km", "late"));
    }

    @Test
    void aNewArticleIsPublishedOrRejectedAndEachAuthorSeesOnlyTheirs() {
        ArticleDraft d = new ArticleDraft("Gift wrapping", "We wrap gifts for 3.00.", List.of("gifts"), "en", List.of());
        Proposal p1 = kb.propose("a1", null, d);
        clock.advance(java.time.Duration.ofSeconds(1));
        Proposal p2 = kb.propose("a2", null, d);
        assertEquals(List.of(p1.id()), kb.proposals("a1", null).stream().map(Proposal::id).toList());
        assertEquals(List.of(p2.id(), p1.id()), kb.proposals(null, Proposal.State.PENDING).stream().map(Proposal::id)
                .toList());
        Proposal published = kb.publish(p1.id(), "km", null);
        assertEquals(1, published.publishedVersion());
        assertEquals("Gift wrapping", kb.article(published.articleId()).orElseThrow().content().title());
        Proposal rejected = kb.reject(p2.id(), "km", "a duplicate of " + published.articleId());
        assertEquals(Proposal.State.REJECTED, rejected.state());
        assertEquals("km", rejected.reviewer());
        assertEquals(1, kb.search(SearchQuery.of("wrapping")).total());
        assertThrows(NoSuchElementException.class, () -> kb.propose("a1", "kb-404", d));
    }

    @Test
    void usesAndRatingsAreCountedAndEverythingSurvivesAReopen() {
        kb.used(ids.get(2));
        kb.used(ids.get(2));
        kb.rated(ids.get(2), true);
        kb.rated(ids.get(2), false);
        kb.rated(ids.get(2), true);
        assertThrows(NoSuchElementException.class, () -> kb.used("kb-404"));
        kb.close();
        kb = new LuceneKnowledgeBase(folder, clock);
        Article a = kb.article(ids.get(2)).orElseThrow();
        assertEquals(new org.switchboard.server.knowledge.ArticleStats(2, 2, 1), a.stats());
        assertEquals(1, kb.search(SearchQuery.of("jacket")).total());
        assertTrue(a.html().contains("<p>Return the jacket"), a.html());
    }

    @Test
    void aLostIndexIsRebuiltFromTheStore() throws Exception {
        kb.close();
        try (var files = java.nio.file.Files.walk(folder.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        kb = new LuceneKnowledgeBase(folder, clock);
        assertEquals(2, kb.search(SearchQuery.of("refund")).total());
    }
}
