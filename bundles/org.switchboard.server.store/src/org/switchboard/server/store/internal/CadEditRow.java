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

/** A saved call variable edit. No {@code toString}: a secure value must not reach a log. */
@Entity
@Table(name = "SRV_CAD_EDIT", indexes = @Index(name = "IX_SRV_CAD_EDIT_1", columnList = "INTERACTION_ID"))
@NamedQuery(name = CadEditRow.BY_INTERACTION,
        query = "SELECT c FROM CadEditRow c WHERE c.interactionId = :id ORDER BY c.id")
public class CadEditRow {

    static final String BY_INTERACTION = "CadEditRow.byInteraction";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SRV_CAD_EDIT_SEQ")
    @SequenceGenerator(name = "SRV_CAD_EDIT_SEQ", sequenceName = "SRV_CAD_EDIT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "INTERACTION_ID", nullable = false, length = 64)
    String interactionId;

    @Column(name = "AGENT_ID", nullable = false, length = 64)
    String agentId;

    @Column(name = "AT", nullable = false)
    Instant at;

    @Column(name = "NAME", nullable = false, length = 64)
    String name;

    @Column(name = "VAL", length = 256)
    String value;

    @Column(name = "SECURE", nullable = false)
    boolean secure;

    @Column(name = "SAVED_VERSION", nullable = false)
    long version;
}
