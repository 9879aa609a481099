package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.core.email.EmailCase;
import org.switchboard.server.core.EmailView;

/**
 * One email case as the server keeps it: the core's case, its token, the address of the service's
 * mailbox that replies come from, and every message with its Message-ID, oldest first. Event-loop
 * confined.
 */
final class EmailCaseFile {

    final String caseId;
    final EmailCase model;
    final String subject;
    final String serviceAddress;
    final List<EmailView.Message> messages = new ArrayList<>();
    /** The case's email being routed or worked on, or null when none is open. */
    EmailItem open;

    EmailCaseFile(String caseId, String subject, String serviceAddress) {
        this.caseId = caseId;
        this.model = new EmailCase(caseId);
        this.subject = EmailThreading.withoutToken(subject);
        this.serviceAddress = serviceAddress;
    }

    String token() {
        return EmailThreading.token(caseId);
    }

    /** The Message-IDs of the case, oldest first, for an outgoing mail's References. */
    List<String> messageIds() {
        List<String> ids = new ArrayList<>(messages.size());
        for (EmailView.Message m : messages) {
            ids.add(m.messageId());
        }
        return ids;
    }

    EmailView.Message lastInbound() {
        for (int n = messages.size() - 1; n >= 0; n--) {
            if ("INBOUND".equals(messages.get(n).direction()) && "ORDINARY".equals(messages.get(n).kind())) {
                return messages.get(n);
            }
        }
        return null;
    }

    /** Replaces the message with this id (its delivery changed); false if the case has none. */
    boolean replace(String messageId, EmailView.Message with) {
        for (int n = 0; n < messages.size(); n++) {
            if (messages.get(n).messageId().equals(messageId)) {
                messages.set(n, with);
                return true;
            }
        }
        return false;
    }
}
