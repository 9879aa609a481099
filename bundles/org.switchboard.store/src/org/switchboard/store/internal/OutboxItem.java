package org.switchboard.store.internal;

import java.time.Instant;

import org.switchboard.store.OutboxEntry;
import org.switchboard.store.OutboxState;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "OUTBOX_ITEM",
        uniqueConstraints = @UniqueConstraint(name = "UK_OUTBOX_REQUEST", columnNames = "REQUEST_ID"),
        indexes = @Index(name = "IX_OUTBOX_STATE", columnList = "STATE"))
@NamedQuery(name = OutboxItem.BY_STATE,
        query = "SELECT o FROM OutboxItem o WHERE o.state = :state ORDER BY o.createdAt, o.id")
@NamedQuery(name = OutboxItem.COUNT_BY_STATE,
        query = "SELECT COUNT(o) FROM OutboxItem o WHERE o.state = :state")
@NamedQuery(name = OutboxItem.BY_REQUEST_ID,
        query = "SELECT o FROM OutboxItem o WHERE o.requestId = :requestId")
public class OutboxItem {

    static final String BY_STATE = "OutboxItem.byState";
    static final String COUNT_BY_STATE = "OutboxItem.countByState";
    static final String BY_REQUEST_ID = "OutboxItem.byRequestId";

    static final int MAX_ERROR_LENGTH = 2000;

    // A sequence, not IDENTITY: EclipseLink's H2 platform writes identity DDL and reads
    // generated keys in H2 1.x syntax that H2 2.x refuses outside its LEGACY mode.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OUTBOX_SEQ")
    @SequenceGenerator(name = "OUTBOX_SEQ", sequenceName = "OUTBOX_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REQUEST_ID", nullable = false, length = 128)
    private String requestId;

    @Column(name = "KIND", nullable = false, length = 64)
    private String kind;

    @Lob
    @Column(name = "PAYLOAD", nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private OutboxState state;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_ERROR", length = MAX_ERROR_LENGTH)
    private String lastError;

    protected OutboxItem() {
        // for the persistence provider
    }

    OutboxItem(String requestId, String kind, String payload, Instant createdAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.payload = payload;
        this.createdAt = createdAt;
        this.state = OutboxState.PENDING;
    }

    Long getId() {
        return id;
    }

    String getRequestId() {
        return requestId;
    }

    OutboxState getState() {
        return state;
    }

    void markSent() {
        state = OutboxState.SENT;
        lastError = null;
    }

    void markFailed(String error, boolean retryable) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        state = retryable ? OutboxState.PENDING : OutboxState.FAILED;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(requestId, kind, payload, state, attempts, createdAt, lastError);
    }
}
