package org.switchboard.connector;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The contact center's knowledge base: search as the agent types, read an article, count its use in
 * a reply, rate it, and propose new articles or edits for a knowledge manager to review. An
 * optional capability of a session, found with {@link ConnectorSession#adapt}.
 * <p>
 * Threading: nothing blocks; every stage completes on a connector thread, so the UI hands results
 * to its own thread. Searches run one at a time in the order asked: a caller typing quickly drops
 * answers older than its newest question itself. A failed stage carries {@link ConnectorException}
 * (the server cannot be asked or refused), or {@link QuerySyntaxException} for a query that does
 * not follow the search syntax.
 */
public interface KnowledgeService {

    /** The longest query a server must take. */
    int MAX_QUERY = 500;

    /**
     * @param tag     only articles with this tag, or null
     * @param service only articles for this service (queue id), or null
     * @param limit   1 to 50
     */
    record Query(String text, String tag, String service, int limit) {

        public static Query of(String text) {
            return new Query(text, null, null, 10);
        }
    }

    /**
     * A hit: the title and passages of the body as HTML-escaped text, the matched words inside
     * {@code <mark>} and {@code </mark>} (no other markup).
     */
    record Hit(String id, String title, List<String> fragments, List<String> tags) {
    }

    record FacetCount(String value, int count) {
    }

    record Results(long total, List<Hit> hits, List<FacetCount> tags, List<FacetCount> services) {
    }

    record Suggestion(String id, String title) {
    }

    /**
     * @param markdown the article's source
     * @param html     the body rendered for reading (the server escapes raw HTML in the source)
     */
    record Article(String id, int version, String title, String markdown, String html, List<String> tags,
            List<String> services, long uses, long helpful, long notHelpful) {
    }

    enum ReviewState {
        PENDING, PUBLISHED, REJECTED
    }

    /** One of the agent's proposals and where its review stands. */
    record Proposal(String id, String articleId, String title, ReviewState state, String reviewNote,
            java.time.Instant submitted) {
    }

    /** A search refused for its syntax; {@link #position()} is where reading the query stopped (0-based). */
    final class QuerySyntaxException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int position;

        public QuerySyntaxException(String message, int position) {
            super(message);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    CompletionStage<Results> search(Query query);

    /** Titles completing what has been typed so far. */
    CompletionStage<List<Suggestion>> suggest(String prefix);

    CompletionStage<Article> article(String id);

    /** Counts one use of the article (or a passage of it) in the agent's reply. */
    CompletionStage<Void> used(String id);

    CompletionStage<Void> rate(String id, boolean helpful);

    /**
     * Proposes a new article ({@code articleId} null) or an edit of one.
     *
     * @param tags lower-case words joined by hyphens
     */
    CompletionStage<Proposal> propose(String articleId, String title, String markdown, List<String> tags);

    /** The agent's own proposals, newest first, with their review state. */
    CompletionStage<List<Proposal>> proposals();
}
