package org.switchboard.server.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an author writes: a new article or a new version of one. Refused with
 * {@link IllegalArgumentException} when a value is missing or over its limit.
 *
 * @param body     Markdown; raw HTML in it is shown as text, never rendered
 * @param language an ISO 639-1 code, such as {@code en}
 * @param services the ids of the services (queues) the article applies to; empty: all of them
 */
public record ArticleDraft(String title, String body, List<String> tags, String language, List<String> services) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 32 * 1024;
    public static final int MAX_LABELS = 20;
    public static final int MAX_LABEL = 40;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public ArticleDraft {
        title = required(title, "title", MAX_TITLE);
        body = required(body, "body", MAX_BODY);
        tags = labels(tags, "tags");
        services = labels(services, "services");
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("the language must be a two-letter code such as en");
        }
    }

    private static String required(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + name + " is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException("the " + name + " is longer than " + max + " characters");
        }
        return v;
    }

    private static List<String> labels(List<String> values, String name) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_LABELS) {
            throw new IllegalArgumentException("more than " + MAX_LABELS + " " + name);
        }
        List<String> out = values.stream().map(v -> v == null ? "" : v.strip().toLowerCase(Locale.ROOT)).distinct()
                .toList();
        for (String v : out) {
            if (v.length() > MAX_LABEL || !LABEL.matcher(v).matches()) {
                throw new IllegalArgumentException(name + " are lower-case words joined by hyphens, up to "
                        + MAX_LABEL + " characters: '" + v + "' is not one");
            }
        }
        return out;
    }
}
