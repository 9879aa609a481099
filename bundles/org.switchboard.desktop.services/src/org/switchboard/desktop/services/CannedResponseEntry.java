package org.switchboard.desktop.services;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored canned chat response.
 *
 * @param owner     the agent whose personal response it is, or {@code null} for a shared one
 * @param text      the answer, with {@code {name}} placeholders filled in when it is inserted
 * @param updatedAt when it was created or last edited
 */
public record CannedResponseEntry(long id, String owner, String title, String text, Instant updatedAt) {

    public CannedResponseEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether every agent sees it. */
    public boolean shared() {
        return owner == null;
    }
}
