package org.switchboard.server.core;

import java.util.List;

/**
 * An email the contact center sends: a reply, threaded so that the customer's mail client puts it
 * beside the customer's message, and carrying its case's token in the subject.
 *
 * @param id         unique; the transport reports delivery by it
 * @param messageId  the Message-ID to give the mail, without angle brackets
 * @param inReplyTo  the Message-ID answered, or null for a new email
 * @param references the thread's Message-IDs, oldest first
 */
public record OutboundEmail(String id, String interactionId, String caseId, String from, String to, String subject,
        String text, String messageId, String inReplyTo, List<String> references) {

    public OutboundEmail {
        Checks.text(id, "id");
        Checks.text(from, "from");
        Checks.text(to, "to");
        Checks.text(messageId, "message id");
        references = List.copyOf(Checks.present(references, "references"));
    }
}
