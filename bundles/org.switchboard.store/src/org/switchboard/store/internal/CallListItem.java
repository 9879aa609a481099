package org.switchboard.store.internal;

import java.time.Instant;

import org.switchboard.store.CallListEntry;
import org.switchboard.store.CallListStore;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** What a redial entry and a favorite both keep: whose it is, what it calls, its name and time. */
@MappedSuperclass
abstract class CallListItem {

    @Column(name = "OWNER", nullable = false, length = 128)
    private String owner;

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

    CallListItem(String owner, String kind, String target, String name, Instant at) {
        this.owner = owner;
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
