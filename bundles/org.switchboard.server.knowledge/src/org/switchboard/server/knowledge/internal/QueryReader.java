package org.switchboard.server.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.switchboard.server.knowledge.QuerySyntaxException;

/**
 * Turns what an agent typed into a Lucene query: the classic syntax over title and body (title
 * counting more), plus each word no article holds matched with up to one or two typing mistakes
 * at a lower weight. A query that does not parse is refused with the position where reading it failed.
 */
final class QueryReader {

    private static final Map<String, Float> BOOSTS = Map.of(ArticleIndex.TITLE, 3f, ArticleIndex.BODY, 1f);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final float FUZZY_WEIGHT = 0.3f;
    private static final int MAX_FUZZY_WORDS = 8;

    private final Analyzer analyzer;

    QueryReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query for {@code text}; words that {@code index} does not hold are also matched as typos.
     *
     * @param allWords every word must match (else any of them)
     */
    Query read(String text, IndexReader index, boolean allWords) throws IOException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] { ArticleIndex.TITLE, ArticleIndex.BODY }, analyzer, BOOSTS);
        parser.setAllowLeadingWildcard(false);
        parser.setDefaultOperator(allWords ? QueryParser.Operator.AND : QueryParser.Operator.OR);
        Query parsed;
        try {
            parsed = parser.parse(text);
        } catch (ParseException e) {
            throw syntaxError(text, e);
        }
        List<Query> fuzzy = fuzzyWords(text, index);
        if (fuzzy.isEmpty()) {
            return parsed;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(parsed, Occur.SHOULD);
        fuzzy.forEach(q -> any.add(new BoostQuery(q, FUZZY_WEIGHT), Occur.SHOULD));
        return any.build();
    }

    /**
     * Words of four letters or more outside any syntax that no article holds, analyzed as the index
     * is (so stemmed), each forgiven a mistake (two from seven letters on). Words found as typed
     * are not widened: a fuzzy match costs far more than an exact one.
     */
    private List<Query> fuzzyWords(String text, IndexReader index) throws IOException {
        if (text.matches(".*[\":*?~^\\[\\]{}()\\\\/].*")) {
            return List.of();
        }
        List<Query> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && out.size() < 2 * MAX_FUZZY_WORDS) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.equals("and") || word.equals("not")) {
                continue;
            }
            for (String field : List.of(ArticleIndex.TITLE, ArticleIndex.BODY)) {
                String term = stemmed(field, word);
                if (term != null && index.docFreq(new Term(field, term)) == 0) {
                    out.add(new FuzzyQuery(new Term(field, term), word.length() >= 7 ? 2 : 1, 1));
                }
            }
        }
        return out;
    }

    /** The single term the analyzer makes of {@code word}, or null (a stop word). */
    private String stemmed(String field, String word) {
        try (TokenStream tokens = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String out = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The position (0-based) where the parser stopped: the token it met (the classic parser counts
     * columns from 0) or the lexer's column.
     */
    static QuerySyntaxException syntaxError(String text, ParseException e) {
        int position = text.length();
        String reason = "the query is not complete";
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            boolean end = p.currentToken.next.image.isEmpty();
            position = end ? text.length() : p.currentToken.next.beginColumn;
            reason = end ? "the query ends too early" : "'" + p.currentToken.next.image + "' is not expected here";
        } else if (cause instanceof TokenMgrError t) {
            Matcher column = COLUMN.matcher(String.valueOf(t.getMessage()));
            if (column.find()) {
                position = Math.max(0, Integer.parseInt(column.group(1)) - 1);
            }
            reason = "an unclosed quote or a stray escape";
        } else if (e.getMessage() != null && e.getMessage().contains("not allowed as first character")) {
            position = Math.max(0, Math.min(firstLeadingWildcard(text), text.length()));
            reason = "a word cannot start with * or ?";
        }
        position = Math.min(position, text.length());
        return new QuerySyntaxException("The search cannot be read at position " + position + ": " + reason + ".",
                position);
    }

    private static int firstLeadingWildcard(String text) {
        Matcher m = Pattern.compile("(^|[\\s(:+-])([*?])").matcher(text);
        return m.find() ? m.start(2) : 0;
    }
}
