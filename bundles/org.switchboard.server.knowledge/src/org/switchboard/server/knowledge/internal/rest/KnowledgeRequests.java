package org.switchboard.server.knowledge.internal.rest;

import java.util.List;

import org.switchboard.server.knowledge.ArticleDraft;

/** The JSON bodies the knowledge endpoints read. */
final class KnowledgeRequests {

    private KnowledgeRequests() {
    }

    /** A new article ({@code articleId} absent) or an edit of one. */
    record Propose(String articleId, String title, String body, List<String> tags, String language,
            List<String> services) {

        ArticleDraft draft() {
            return new ArticleDraft(title, body, tags, language, services);
        }
    }

    record Review(String note) {
        static final int MAX_NOTE = 2000;

        String checkedNote() {
            if (note != null && note.length() > MAX_NOTE) {
                throw new IllegalArgumentException("the note is longer than " + MAX_NOTE + " characters");
            }
            return note == null || note.isBlank() ? null : note.strip();
        }
    }

    record Rating(Boolean helpful) {
    }

    /** A 400 for a search that does not follow the syntax: where reading it stopped (0-based). */
    record QuerySyntaxError(String error, String message, int position) {
    }
}
