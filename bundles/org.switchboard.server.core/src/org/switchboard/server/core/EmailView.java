package org.switchboard.server.core;

import java.time.Instant;
import java.util.List;

/**
 * An email interaction's case as its agent sees it.
 *
 * @param token    what the case's emails carry in their subject, e.g. {@code [#C-12]}
 * @param messages the case's messages, oldest first
 * @param draft    the agent's saved reply, or null
 */
public record EmailView(String caseId, String token, String subject, List<Message> messages, String draft) {

    public EmailView {
        messages = List.copyOf(messages);
    }

    /**
     * @param direction INBOUND or OUTBOUND
     * @param kind      ORDINARY, AUTO_REPLY or BOUNCE for an inbound one
     * @param delivery  for an outbound one: QUEUED until the mail server took it, then SENT; else null
     */
    public record Message(String messageId, String direction, String kind, String from, String to, String subject,
            String text, String html, Instant at, List<EmailAttachmentView> attachments, String delivery) {

        public Message {
            attachments = List.copyOf(attachments);
        }
    }
}
