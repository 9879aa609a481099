package org.switchboard.server.knowledge;

/** An article title offered while a search is typed. */
public record Suggestion(String id, String title) {
}
