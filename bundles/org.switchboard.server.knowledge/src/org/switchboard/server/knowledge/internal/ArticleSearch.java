package org.switchboard.server.knowledge.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.SearchResults;
import org.switchboard.server.knowledge.SearchResults.FacetCount;
import org.switchboard.server.knowledge.SearchResults.Hit;
import org.switchboard.server.knowledge.Suggestion;

/** Searches the article index: hits with marked passages, counts by tag and service, title suggestions. */
final class ArticleSearch {

    private static final int FRAGMENTS = 2;
    private static final int FRAGMENT_CHARS = 160;
    private static final int FACET_VALUES = 20;
    /** Highlighting reads at most this much of a body: a long article is marked in its first part only. */
    private static final int MAX_ANALYZED_CHARS = 20_000;

    private final ArticleIndex index;
    private final QueryReader reader;

    ArticleSearch(ArticleIndex index) {
        this.index = index;
        this.reader = new QueryReader(index.analyzer());
    }

    SearchResults search(SearchQuery q) {
        return index.search(searcher -> {
            Query words = q.text().isEmpty() ? new MatchAllDocsQuery()
                    : reader.read(q.text(), searcher.getIndexReader(), true);
            FacetsCollectorManager.FacetsResult found = run(searcher, words, q);
            if (found.topDocs().totalHits.value() == 0 && !q.text().isEmpty()) {
                // no article has every word: the articles with most of them are the next best answer
                words = reader.read(q.text(), searcher.getIndexReader(), false);
                found = run(searcher, words, q);
            }
            TopDocs top = found.topDocs();
            Map<String, List<FacetCount>> counts = facets(searcher, found.facetsCollector(), top.totalHits.value());
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            // multi-term queries (typos, prefixes) rewritten once against the index, not per highlighted hit
            Query highlightQuery = q.text().isEmpty() ? null : searcher.rewrite(words);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(searcher.storedFields().document(sd.doc), sd.score, highlightQuery));
            }
            return new SearchResults(top.totalHits.value(), hits, counts.get(ArticleIndex.TAG),
                    counts.get(ArticleIndex.SERVICE));
        });
    }

    private static FacetsCollectorManager.FacetsResult run(IndexSearcher searcher, Query words, SearchQuery q)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, Occur.MUST);
        filter(b, ArticleIndex.TAG, q.tag());
        filter(b, ArticleIndex.SERVICE, q.service());
        filter(b, ArticleIndex.LANGUAGE, q.language());
        return FacetsCollectorManager.search(searcher, b.build(), q.limit(), new FacetsCollectorManager());
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collector, long total)
            throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        out.put(ArticleIndex.TAG, List.of());
        out.put(ArticleIndex.SERVICE, List.of());
        if (total == 0) {
            return out;
        }
        Facets facets;
        try {
            facets = new SortedSetDocValuesFacetCounts(index.facetState(searcher.getIndexReader()), collector);
        } catch (IllegalArgumentException noFacetsIndexed) {
            return out;
        }
        for (String dim : out.keySet()) {
            FacetResult r;
            try {
                r = facets.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException dimensionNeverIndexed) {
                continue;
            }
            if (r != null) {
                out.put(dim, Arrays.stream(r.labelValues).map(ArticleSearch::count).toList());
            }
        }
        return out;
    }

    private static FacetCount count(LabelAndValue lv) {
        return new FacetCount(lv.label, lv.value.intValue());
    }

    private Hit hit(Document doc, float score, Query query) throws IOException {
        String title = doc.get(ArticleIndex.TITLE);
        String body = doc.get(ArticleIndex.BODY);
        List<String> fragments = List.of();
        String markedTitle = new SimpleHTMLEncoder().encodeText(title);
        if (query != null) {
            markedTitle = orElse(best(query, ArticleIndex.TITLE, title, 1), markedTitle);
            fragments = best(query, ArticleIndex.BODY, body, FRAGMENTS);
        }
        if (fragments.isEmpty()) {
            String start = body.length() > FRAGMENT_CHARS ? body.substring(0, FRAGMENT_CHARS) + "…" : body;
            fragments = List.of(new SimpleHTMLEncoder().encodeText(start));
        }
        return new Hit(doc.get(ArticleIndex.ID), markedTitle, fragments, List.of(doc.getValues(ArticleIndex.TAG)),
                List.of(doc.getValues(ArticleIndex.SERVICE)), score);
    }

    private List<String> best(Query query, String field, String text, int max) throws IOException {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
        h.setMaxDocCharsToAnalyze(MAX_ANALYZED_CHARS);
        try {
            return Arrays.stream(h.getBestFragments(index.analyzer(), field, text, max)).map(String::strip).toList();
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orElse(List<String> first, String fallback) {
        return first.isEmpty() ? fallback : first.get(0);
    }

    /** Titles whose words start with what was typed: every whole word, then the last one as a prefix. */
    List<Suggestion> suggest(String prefix, int limit) {
        List<String> words = Arrays.stream(prefix.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).limit(10).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastComplete = !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term t = new Term(ArticleIndex.TITLE_WORDS, words.get(i));
            b.add(i == words.size() - 1 && !lastComplete ? new PrefixQuery(t) : new TermQuery(t), Occur.MUST);
        }
        Query query = b.build();
        return index.search(searcher -> {
            List<Suggestion> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                out.add(new Suggestion(d.get(ArticleIndex.ID), d.get(ArticleIndex.TITLE)));
            }
            return out;
        });
    }
}
