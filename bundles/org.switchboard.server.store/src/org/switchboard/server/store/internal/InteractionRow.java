package org.switchboard.server.store.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An interaction as it arrived; its id is the contact center's. */
@Entity
@Table(name = "SRV_INTERACTION")
@NamedQuery(name = InteractionRow.MAX_NUMBER, query = "SELECT MAX(i.number) FROM InteractionRow i")
public class InteractionRow {

    static final String MAX_NUMBER = "InteractionRow.maxNumber";

    @Id
    @Column(name = "ID", length = 64)
    String id;

    @Column(name = "NUM", nullable = false, unique = true)
    long number;

    @Column(name = "CHANNEL", nullable = false, length = 16)
    String channel;

    @Column(name = "QUEUE_ID", length = 64)
    String queueId;

    @Column(name = "CUSTOMER_ID", length = 64)
    String customerId;

    @Column(name = "CALLER_NAME", length = 256)
    String callerName;

    @Column(name = "CALLER_NUMBER", length = 64)
    String callerNumber;

    @Column(name = "ARRIVED", nullable = false)
    Instant arrived;

    /** COURTESY or WEB for a callback (its customer number is the caller number), else null. */
    @Column(name = "CALLBACK_TYPE", length = 16)
    String callbackType;

    @Column(name = "DNIS", length = 32)
    String dnis;
}
