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

/** An agent's wrap-up of an interaction. */
@Entity
@Table(name = "SRV_WRAP_UP", indexes = @Index(name = "IX_SRV_WRAP_UP_1", columnList = "INTERACTION_ID"))
@NamedQuery(name = WrapUpRow.BY_INTERACTION, query = "SELECT w FROM WrapUpRow w WHERE w.interactionId = :id ORDER BY w.id")
public class WrapUpRow {

    static final String BY_INTERACTION = "WrapUpRow.byInteraction";

    // Sequences, not IDENTITY: see the local store (EclipseLink's H2 identity support is H2 1.x syntax).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SRV_WRAP_UP_SEQ")
    @SequenceGenerator(name = "SRV_WRAP_UP_SEQ", sequenceName = "SRV_WRAP_UP_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "INTERACTION_ID", nullable = false, length = 64)
    String interactionId;

    @Column(name = "AGENT_ID", nullable = false, length = 64)
    String agentId;

    @Column(name = "AT", nullable = false)
    Instant at;

    @Column(name = "DISPOSITION", length = 64)
    String disposition;

    @Column(name = "NOTES", length = 4000)
    String notes;
}
