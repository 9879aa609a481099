package org.switchboard.server.knowledge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.SearchResults;

/** The demo's articles: a few hundred, distinct titles, rendered Markdown, loaded once on a first start. */
class DemoCorpusTest {

    @TempDir
    Path folder;

    @Test
    void aFewHundredArticlesWithDistinctTitlesThatRender() {
        List<ArticleDraft> corpus = DemoCorpus.articles();
        assertTrue(corpus.size() >= 250 && corpus.size() <= 400, "articles: " + corpus.size());
        Set<String> titles = new HashSet<>();
        MarkdownRenderer md = new MarkdownRenderer();
        for (ArticleDraft d : corpus) {
            assertTrue(titles.add(d.title()), "twice: " + d.title());
            assertFalse(d.body().matches("(?s).*%(\\d\\$)?[sd].*"), "a template left a placeholder: " + d.title());
            assertFalse(d.title().matches(".*\\ba [aeiou].*"), "article: " + d.title());
            String html = md.html(d.body());
            assertTrue(html.contains("<p>") || html.contains("<ol>") || html.contains("<table>"), d.title());
        }
        assertEquals(corpus, DemoCorpus.articles(), "the same corpus on every start");
    }

    @Test
    void loadedOnAFirstStartOnlyAndSearchable() {
        int size = DemoCorpus.articles().size();
        try (LuceneKnowledgeBase kb = KnowledgeComponent.open(folder, true)) {
            assertEquals(size, kb.size());
            SearchResults r = kb.search(SearchQuery.of("earbuds will not pair"));
            assertEquals("My wireless earbuds will not pair with the phone", r.hits().get(0).title()
                    .replace("<mark>", "").replace("</mark>", ""), r.hits().toString());
            assertTrue(r.tags().stream().anyMatch(f -> f.value().equals("electronics")), r.tags().toString());
        }
        try (LuceneKnowledgeBase kb = KnowledgeComponent.open(folder, true)) {
            assertEquals(size, kb.size(), "not loaded twice");
        }
    }
}
