package org.switchboard.server.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A call variable's value on arrival. No {@code toString}: a secure value must not reach a log. */
@Entity
@Table(name = "SRV_CAD", indexes = @Index(name = "IX_SRV_CAD_1", columnList = "INTERACTION_ID"))
@NamedQuery(name = CadRow.BY_INTERACTION, query = "SELECT c FROM CadRow c WHERE c.interactionId = :id ORDER BY c.id")
public class CadRow {

    static final String BY_INTERACTION = "CadRow.byInteraction";

    // Sequences, not IDENTITY: see the local store (EclipseLink's H2 identity support is H2 1.x syntax).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SRV_CAD_SEQ")
    @SequenceGenerator(name = "SRV_CAD_SEQ", sequenceName = "SRV_CAD_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "INTERACTION_ID", nullable = false, length = 64)
    String interactionId;

    @Column(name = "NAME", nullable = false, length = 64)
    String name;

    @Column(name = "VAL", length = 256)
    String value;

    @Column(name = "SECURE", nullable = false)
    boolean secure;
}
