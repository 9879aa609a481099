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

/** One state an agent entered. */
@Entity
@Table(name = "SRV_AGENT_STATE", indexes = @Index(name = "IX_SRV_AGENT_STATE_1", columnList = "AGENT_ID"))
@NamedQuery(name = AgentStateRow.BY_AGENT, query = "SELECT a FROM AgentStateRow a WHERE a.agentId = :id ORDER BY a.id")
public class AgentStateRow {

    static final String BY_AGENT = "AgentStateRow.byAgent";

    // Sequences, not IDENTITY: see the local store (EclipseLink's H2 identity support is H2 1.x syntax).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SRV_AGENT_STATE_SEQ")
    @SequenceGenerator(name = "SRV_AGENT_STATE_SEQ", sequenceName = "SRV_AGENT_STATE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "AGENT_ID", nullable = false, length = 64)
    String agentId;

    @Column(name = "AT", nullable = false)
    Instant at;

    @Column(name = "STATE", nullable = false, length = 32)
    String state;

    @Column(name = "REASON_CODE", length = 64)
    String reasonCode;
}
