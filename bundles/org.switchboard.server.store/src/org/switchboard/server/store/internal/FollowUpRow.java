package org.switchboard.server.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A follow-up activity in an agent's calendar: one row, written again whole when it changes. */
@Entity
@Table(name = "SRV_FOLLOW_UP", indexes = @Index(name = "IX_SRV_FOLLOW_UP_1", columnList = "AGENT_ID"))
@NamedQuery(name = FollowUpRow.ALL, query = "SELECT f FROM FollowUpRow f ORDER BY f.created, f.id")
public class FollowUpRow {

    static final String ALL = "FollowUpRow.all";

    @Id
    @Column(name = "ID", length = 64)
    String id;

    @Column(name = "AGENT_ID", nullable = false, length = 64)
    String agentId;

    @Column(name = "KIND", nullable = false, length = 16)
    String kind;

    /** The wall-clock time in ZONE the agent chose: the instant is derived from both with the zone's rules. */
    @Column(name = "LOCAL_DUE", nullable = false)
    LocalDateTime localDue;

    @Column(name = "ZONE", nullable = false, length = 64)
    String zone;

    @Column(name = "REMINDER_MINUTES", nullable = false)
    int reminderMinutes;

    @Column(name = "NOTES", length = 4000)
    String notes;

    @Column(name = "CONTACT_NAME", length = 200)
    String contactName;

    @Column(name = "CONTACT_NUMBER", length = 200)
    String contactNumber;

    @Column(name = "INTERACTION_ID", length = 64)
    String interactionId;

    @Column(name = "STATE", nullable = false, length = 16)
    String state;

    @Column(name = "CREATED", nullable = false)
    Instant created;
}
