package org.switchboard.server.knowledge;

/**
 * A search: words (Lucene's classic syntax: {@code "exact phrase"}, {@code +must}, {@code -not},
 * {@code title:word}, {@code word*}, {@code word~}), narrowed to a tag, a service and a language when
 * given. Words are matched with spelling mistakes forgiven too.
 */
public record SearchQuery(String text, String tag, String service, String language, int limit) {

    public static final int MAX_TEXT = 500;
    public static final int MAX_LIMIT = 50;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the query is longer than " + MAX_TEXT + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("the limit must be between 1 and " + MAX_LIMIT);
        }
        tag = blankToNull(tag);
        service = blankToNull(service);
        language = blankToNull(language);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, 10);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
