package org.switchboard.server.core;

/**
 * Where the contact center hands the emails it sends (the mail bundle's SMTP sender). Called on the
 * contact center's event loop: an implementation writes the mail to its durable queue and returns,
 * then reports delivery through {@link EmailDesk#delivery}.
 */
public interface EmailTransport {

    /** Queues the mail durably; throws only when it could not even be queued. */
    void send(OutboundEmail mail);
}
