package org.switchboard.store.internal;

import java.time.Instant;

import org.switchboard.store.CallListEntry;
import org.switchboard.store.CallListStore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of an agent's redial history or favorites: what it calls, its name and when. */
@Entity
@Table(name = "CALL_LIST_ITEM", indexes = @Index(name = "IX_CALL_LIST_OWNER", columnList = "OWNER, LIST"))
@NamedQuery(name = CallListItem.HISTORY, query = "SELECT i FROM CallListItem i WHERE i.owner = :owner"
        + " AND i.list = :list ORDER BY i.atMillis DESC, i.id DESC")
@NamedQuery(name = CallListItem.FAVORITES, query = "SELECT i FROM CallListItem i WHERE i.owner = :owner"
        + " AND i.list = :list ORDER BY LOWER(i.name), i.id")
@NamedQuery(name = CallListItem.SAME, query = "SELECT i FROM CallListItem i WHERE i.owner = :owner"
        + " AND i.list = :list AND i.kind = :kind AND i.target = :target")
public class CallListItem {

    static final String HISTORY = "CallListItem.history";
    static final String FAVORITES = "CallListItem.favorites";
    static final String SAME = "CallListItem.same";

    /** Which of the agent's lists an entry is on. */
    enum ListName {
        DIALLED, FAVORITE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CALL_LIST_SEQ")
    @SequenceGenerator(name = "CALL_LIST_SEQ", sequenceName = "CALL_LIST_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OWNER", nullable = false, length = 128)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "LIST", nullable = false, length = 16)
    private ListName list;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "TARGET", nullable = false, length = CallListStore.MAX_TARGET)
    private String target;

    @Column(name = "NAME", nullable = false, length = CallListStore.MAX_NAME)
    private String name;

    @Column(name = "AT_MILLIS", nullable = false)
    private long atMillis;

    protected CallListItem() {
        // for JPA
    }

    CallListItem(String owner, ListName list, String kind, String target, String name, Instant at) {
        this.owner = owner;
        this.list = list;
        this.kind = kind;
        this.target = target;
        this.name = name;
        this.atMillis = at.toEpochMilli();
    }

    void touch(String newName, Instant at) {
        this.name = newName;
        this.atMillis = at.toEpochMilli();
    }

    CallListEntry toEntry() {
        return new CallListEntry(kind, target, name, Instant.ofEpochMilli(atMillis));
    }
}
