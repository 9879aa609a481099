package org.switchboard.store.internal;

import java.time.Instant;

import org.switchboard.store.DraftStore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One agent's draft reply to one interaction. */
@Entity
@Table(name = "DRAFT")
public class DraftItem {

    @Id
    @Column(name = "DRAFT_KEY", length = 300)
    private String key;

    @Column(name = "BODY", nullable = false, length = DraftStore.MAX_TEXT)
    private String text;

    @Column(name = "SAVED_AT", nullable = false)
    private Instant savedAt;

    protected DraftItem() {
        // for the persistence provider
    }

    DraftItem(String key, String text, Instant now) {
        this.key = key;
        change(text, now);
    }

    void change(String text, Instant now) {
        this.text = text;
        this.savedAt = now;
    }

    String text() {
        return text;
    }
}
