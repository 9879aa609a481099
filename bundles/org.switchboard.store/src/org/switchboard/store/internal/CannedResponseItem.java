package org.switchboard.store.internal;

import java.time.Instant;

import org.switchboard.store.CannedResponseEntry;
import org.switchboard.store.CannedResponseStore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "CANNED_RESPONSE", indexes = @Index(name = "IX_CANNED_OWNER", columnList = "OWNER"))
@NamedQuery(name = CannedResponseItem.VISIBLE_TO, query = "SELECT c FROM CannedResponseItem c"
        + " WHERE (c.owner IS NULL OR c.owner = :agent)"
        + " AND (LOWER(c.title) LIKE :query ESCAPE '\\' OR LOWER(c.text) LIKE :query ESCAPE '\\')"
        + " ORDER BY LOWER(c.title), c.id")
public class CannedResponseItem {

    static final String VISIBLE_TO = "CannedResponseItem.visibleTo";

    // A sequence, as for the outbox: EclipseLink's H2 identity syntax is H2 1.x's.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CANNED_SEQ")
    @SequenceGenerator(name = "CANNED_SEQ", sequenceName = "CANNED_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OWNER", length = 128)
    private String owner;

    @Column(name = "TITLE", nullable = false, length = CannedResponseStore.MAX_TITLE)
    private String title;

    @Column(name = "BODY", nullable = false, length = CannedResponseStore.MAX_TEXT)
    private String text;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected CannedResponseItem() {
        // for the persistence provider
    }

    CannedResponseItem(String owner, String title, String text, Instant now) {
        change(owner, title, text, now);
    }

    void change(String owner, String title, String text, Instant now) {
        this.owner = owner;
        this.title = title;
        this.text = text;
        this.updatedAt = now;
    }

    CannedResponseEntry toEntry() {
        return new CannedResponseEntry(id, owner, title, text, updatedAt);
    }
}
