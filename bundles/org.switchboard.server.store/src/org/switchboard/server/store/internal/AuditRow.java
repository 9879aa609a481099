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

/** One audited action: who, what, when, outcome. */
@Entity
@Table(name = "SRV_AUDIT", indexes = { @Index(name = "IX_SRV_AUDIT_1", columnList = "AT"),
        @Index(name = "IX_SRV_AUDIT_2", columnList = "AGENT_ID, REQUEST_ID") })
@NamedQuery(name = AuditRow.ALL, query = "SELECT a FROM AuditRow a ORDER BY a.id")
@NamedQuery(name = AuditRow.REQUESTS_OF, query = "SELECT a FROM AuditRow a WHERE a.agentId = :agent"
        + " AND a.requestId IS NOT NULL ORDER BY a.id DESC")
@NamedQuery(name = AuditRow.AGENTS_WITH_REQUESTS, query = "SELECT DISTINCT a.agentId FROM AuditRow a"
        + " WHERE a.requestId IS NOT NULL")
public class AuditRow {

    static final String ALL = "AuditRow.all";
    static final String REQUESTS_OF = "AuditRow.requestsOf";
    static final String AGENTS_WITH_REQUESTS = "AuditRow.agentsWithRequests";

    // Sequences, not IDENTITY: see the local store (EclipseLink's H2 identity support is H2 1.x syntax).
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SRV_AUDIT_SEQ")
    @SequenceGenerator(name = "SRV_AUDIT_SEQ", sequenceName = "SRV_AUDIT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    Long id;

    @Column(name = "AT", nullable = false)
    Instant at;

    @Column(name = "AGENT_ID", length = 64)
    String agentId;

    @Column(name = "ACTION", length = 64)
    String action;

    @Column(name = "SUBJECT", length = 128)
    String subject;

    @Column(name = "REQUEST_ID", length = 128)
    String requestId;

    @Column(name = "OUTCOME", nullable = false, length = 32)
    String outcome;

    @Column(name = "RULE", length = 64)
    String rule;
}
