package org.switchboard.server.knowledge;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The contact center's articles: searched by agents, used in their replies and rated, contributed
 * by agents as proposals that a knowledge manager publishes or rejects. Every method may block on
 * disk; all are safe to call from any thread. Unknown ids throw {@link NoSuchElementException}.
 */
public interface KnowledgeBase {

    /** Throws {@link QuerySyntaxException} for a query that does not follow the syntax. */
    SearchResults search(SearchQuery query);

    /** Titles that complete {@code prefix} (its last word may be partly typed), best first. */
    List<Suggestion> suggest(String prefix, int limit);

    Optional<Article> article(String id);

    List<ArticleVersion> versions(String id);

    /** Counts one use of the article in a reply. */
    void used(String id);

    void rated(String id, boolean helpful);

    /** A new article ({@code articleId} null) or an edit of one, waiting for review. */
    Proposal propose(String author, String articleId, ArticleDraft content);

    /** The proposals of {@code author}, or of everyone when null; newest first, in {@code state} unless null. */
    List<Proposal> proposals(String author, Proposal.State state);

    Optional<Proposal> proposal(String id);

    /** Publishes a pending proposal as a new article or a new version; {@link IllegalStateException} if reviewed already. */
    Proposal publish(String proposalId, String reviewer, String note);

    Proposal reject(String proposalId, String reviewer, String note);

    /** How many articles are published. */
    int size();
}
