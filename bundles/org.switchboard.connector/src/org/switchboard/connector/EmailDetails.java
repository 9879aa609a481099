package org.switchboard.connector;

import java.time.Instant;
import java.util.List;

/**
 * An email interaction's case as the server last described it: the case's messages oldest first,
 * and the agent's saved draft.
 *
 * @param token what the case's emails carry in their subject, e.g. {@code [#C-12]}
 */
public record EmailDetails(String interactionId, String caseId, String token, String subject,
        List<Message> messages, String draft) {

    public EmailDetails {
        messages = List.copyOf(messages);
    }

    /**
     * @param html     the sanitised HTML (remote images blocked: their address in {@code data-remote-src}),
     *                 or null for a plain text email
     * @param delivery for the contact center's own mail: QUEUED until the mail server took it, then SENT
     */
    public record Message(String messageId, Direction direction, String kind, String from, String to,
            String subject, String text, String html, Instant at, List<Attachment> attachments, String delivery) {

        public Message {
            attachments = List.copyOf(attachments);
        }
    }

    public enum Direction {
        INBOUND, OUTBOUND
    }

    /** @param refusal why the server did not keep it (too large), or null */
    public record Attachment(String fileName, String mediaType, long size, String refusal) {
    }
}
