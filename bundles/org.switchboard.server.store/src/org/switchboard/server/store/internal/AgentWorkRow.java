package org.switchboard.server.store.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An agent's latest stage with one interaction: HANDLING, WRAP_UP or DONE. One row per interaction and agent. */
@Entity
@Table(name = "SRV_AGENT_WORK", indexes = @Index(name = "IX_SRV_AGENT_WORK_1", columnList = "STAGE"))
@NamedQuery(name = AgentWorkRow.OPEN, query = "SELECT w FROM AgentWorkRow w WHERE w.stage <> 'DONE' ORDER BY w.at, w.key")
public class AgentWorkRow {

    static final String OPEN = "AgentWorkRow.open";

    /** The interaction's id and the agent's, joined by a space (neither contains one). */
    @Id
    @Column(name = "WORK_KEY", length = 160)
    String key;

    @Column(name = "INTERACTION_ID", nullable = false, length = 64)
    String interactionId;

    @Column(name = "AGENT_ID", nullable = false, length = 64)
    String agentId;

    @Column(name = "STAGE", nullable = false, length = 16)
    String stage;

    @Column(name = "AT", nullable = false)
    Instant at;

    static String key(String interactionId, String agentId) {
        return interactionId + " " + agentId;
    }
}
