package org.switchboard.server.core;

import java.time.Instant;
import java.util.List;

/**
 * An email as read from a service's mailbox: parsed, its HTML already sanitised, its attachments
 * checked. What arrives with the same {@code messageId} as an earlier one is the same email.
 *
 * @param messageId  the Message-ID header without angle brackets; one is made up for a mail without it
 * @param references In-Reply-To first, then References, without angle brackets
 * @param fromName   the sender's display name, or the address
 * @param html       the sanitised HTML part, or null for a plain text email
 * @param kind       an auto-reply or a delivery report joins its case and never opens a new one
 */
public record InboundEmail(String messageId, List<String> references, String from, String fromName, String to,
        String subject, String text, String html, List<EmailAttachmentView> attachments, Kind kind,
        Instant received) {

    public enum Kind {
        ORDINARY, AUTO_REPLY, BOUNCE
    }

    public InboundEmail {
        Checks.text(messageId, "message id");
        references = List.copyOf(Checks.present(references, "references"));
        Checks.text(from, "from");
        fromName = fromName == null || fromName.isBlank() ? from : fromName;
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        attachments = List.copyOf(Checks.present(attachments, "attachments"));
        Checks.present(kind, "kind");
        Checks.present(received, "received");
    }
}
