package org.switchboard.server.store.internal;

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

/** One state an interaction entered. */
@Entity
@Table(name = "SRV_INTERACTION_STATE", indexes = @Index(name = "IX_SRV_INTERACTION_STATE_1", columnList = "INTERACTION_ID"))
@NamedQuery(name = InteractionStateRow.BY_INTERACTION, query = "SELECT s FROM InteractionStateRow s WHERE s.interactionId = :id ORDER BY s.id")
public class InteractionStateRow {

    static final String BY_INTERACTION = "InteractionStateRow.byInteraction";

    // Sequences, not IDENTITY: see the local store (EclipseLink's H2 identity support is H2 1.x syntax).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SRV_STATE_SEQ")
    @SequenceGenerator(name = "SRV_STATE_SEQ", sequenceName = "SRV_STATE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "INTERACTION_ID", nullable = false, length = 64)
    String interactionId;

    @Column(name = "AT", nullable = false)
    Instant at;

    @Column(name = "STATE", nullable = false, length = 32)
    String state;
}
