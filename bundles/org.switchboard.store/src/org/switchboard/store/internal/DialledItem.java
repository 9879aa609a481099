package org.switchboard.store.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of an agent's redial history. */
@Entity
@Table(name = "DIALLED", indexes = @Index(name = "IX_DIALLED_OWNER", columnList = "OWNER"))
@NamedQuery(name = DialledItem.OF_OWNER, query = "SELECT d FROM DialledItem d WHERE d.owner = :owner"
        + " ORDER BY d.atMillis DESC, d.id DESC")
@NamedQuery(name = DialledItem.SAME, query = "SELECT d FROM DialledItem d WHERE d.owner = :owner"
        + " AND d.kind = :kind AND d.target = :target")
public class DialledItem extends CallListItem {

    static final String OF_OWNER = "DialledItem.ofOwner";
    static final String SAME = "DialledItem.same";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DIALLED_SEQ")
    @SequenceGenerator(name = "DIALLED_SEQ", sequenceName = "DIALLED_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    protected DialledItem() {
        // for JPA
    }

    DialledItem(String owner, String kind, String target, String name, Instant at) {
        super(owner, kind, target, name, at);
    }
}
