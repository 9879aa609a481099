package org.switchboard.server.knowledge;

/** How often agents used an article in a reply and how they rated it. */
public record ArticleStats(long uses, long helpful, long notHelpful) {

    public static final ArticleStats NONE = new ArticleStats(0, 0, 0);
}
