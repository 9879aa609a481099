package org.switchboard.server.knowledge;

import java.util.List;

/**
 * The best hits of a search, how many matched, and how the matches count by tag and by service.
 *
 * @param total how many articles matched
 */
public record SearchResults(long total, List<Hit> hits, List<FacetCount> tags, List<FacetCount> services) {

    /**
     * @param fragments passages of the body around the matched words, HTML-escaped, the words
     *                  marked with {@code <mark>}; the title marked the same way
     */
    public record Hit(String id, String title, List<String> fragments, List<String> tags, List<String> services,
            float score) {
    }

    public record FacetCount(String value, int count) {
    }
}
