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

/** One of an agent's favorite contacts. */
@Entity
@Table(name = "FAVORITE", indexes = @Index(name = "IX_FAVORITE_OWNER", columnList = "OWNER"))
@NamedQuery(name = FavoriteItem.OF_OWNER, query = "SELECT d FROM FavoriteItem d WHERE d.owner = :owner"
        + " ORDER BY LOWER(d.name), d.id")
@NamedQuery(name = FavoriteItem.SAME, query = "SELECT d FROM FavoriteItem d WHERE d.owner = :owner"
        + " AND d.kind = :kind AND d.target = :target")
public class FavoriteItem extends CallListItem {

    static final String OF_OWNER = "FavoriteItem.ofOwner";
    static final String SAME = "FavoriteItem.same";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "FAVORITE_SEQ")
    @SequenceGenerator(name = "FAVORITE_SEQ", sequenceName = "FAVORITE_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    protected FavoriteItem() {
        // for JPA
    }

    FavoriteItem(String owner, String kind, String target, String name, Instant at) {
        super(owner, kind, target, name, at);
    }
}
