package org.switchboard.server.knowledge;

import java.time.Instant;

/** One published version of an article: who wrote it, who published it, and when. */
public record ArticleVersion(int version, String title, String author, String publishedBy, Instant published) {
}
