package org.switchboard.server.core;

import java.util.List;

/**
 * The contact center's email channel, for the mail connector and the API. Every method may be
 * called from any thread and may block briefly, as {@link ContactCenter}'s.
 */
public interface EmailDesk {

    /**
     * An email read from the mailbox of the service {@code queueId}: a new case, or joined to its case
     * by In-Reply-To/References or by the case token in its subject. Returns once the case is in the
     * contact center and its store has the write queued: the reader may then mark the mail processed.
     */
    EmailReceipt receive(String queueId, InboundEmail email);

    /** Where replies go from now on; mails still waiting for a transport are handed over at once. */
    void connect(EmailTransport transport);

    void disconnect(EmailTransport transport);

    /** The transport's word on a mail it was handed: {@code sent} once the mail server took it. */
    void delivery(String outboundId, boolean sent, String detail);

    /** The team queues {@code agentId} may retrieve from and its personal queue, with what waits there. */
    List<EmailQueueView> queues(String agentId);

    /** The agent retrieves an email from a team queue or from its personal queue and works on it at once. */
    InteractionView retrieve(String agentId, String interactionId);
}
