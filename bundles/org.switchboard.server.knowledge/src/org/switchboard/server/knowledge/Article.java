package org.switchboard.server.knowledge;

import java.time.Instant;

/**
 * A published article in its newest version.
 *
 * @param html the body rendered from Markdown (raw HTML escaped, unsafe links dropped)
 */
public record Article(String id, int version, ArticleDraft content, String html, String author, Instant published,
        ArticleStats stats) {
}
