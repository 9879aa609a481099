package org.switchboard.server.knowledge;

import java.time.Instant;

/**
 * An agent's proposed new article or edit of one, as a knowledge manager reviews it.
 *
 * @param articleId     the article edited; for a new article, its id once published (else null)
 * @param baseVersion   the version the edit started from; 0 for a new article
 * @param publishedVersion the version the proposal became; 0 unless published
 */
public record Proposal(String id, String articleId, int baseVersion, String author, ArticleDraft content,
        State state, Instant submitted, String reviewer, String reviewNote, Instant reviewed, int publishedVersion) {

    public enum State {
        PENDING, PUBLISHED, REJECTED
    }
}
