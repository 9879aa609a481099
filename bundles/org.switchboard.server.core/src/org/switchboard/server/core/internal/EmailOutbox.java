package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.switchboard.server.core.EmailTransport;
import org.switchboard.server.core.EmailView;
import org.switchboard.server.core.OutboundEmail;

/**
 * The emails the contact center sends, threaded into their case: each gets a Message-ID,
 * In-Reply-To the customer's latest message, References of the case, and the case token in its
 * subject. They go to the transport (the mail bundle's durable SMTP queue) or, while none is
 * connected, wait here; the case shows each as QUEUED until the transport reports it SENT.
 * Event-loop confined.
 */
final class EmailOutbox {

    private static final System.Logger LOG = System.getLogger(EmailOutbox.class.getName());
    /** At most this many Message-IDs in References: the first and the latest, as RFC 5322 suggests trimming. */
    private static final int MAX_REFERENCES = 20;

    private final CenterState state;
    private final EmailThreading threading;
    private EmailTransport transport;
    private final List<OutboundEmail> waiting = new ArrayList<>();
    /** Mails not yet reported sent, by id, with their case. */
    private final Map<String, Pending> pending = new HashMap<>();
    private long sequence;

    private record Pending(OutboundEmail mail, EmailCaseFile caseFile) {
    }

    EmailOutbox(CenterState state, EmailThreading threading) {
        this.state = state;
        this.threading = threading;
    }

    /** The agent's reply to the case's latest customer message. */
    OutboundEmail reply(EmailItem e, String text) {
        EmailCaseFile c = e.caseFile;
        EmailView.Message answered = c.lastInbound();
        String messageId = UUID.randomUUID() + "@" + domainOf(c.serviceAddress);
        OutboundEmail mail = new OutboundEmail("o-" + e.id + "-" + (++sequence), e.id, c.caseId, c.serviceAddress,
                e.caller.number(), EmailThreading.replySubject(c), text, messageId,
                answered == null ? null : answered.messageId(), references(c.messageIds()));
        c.messages.add(new EmailView.Message(messageId, "OUTBOUND", "ORDINARY", mail.from(), mail.to(),
                mail.subject(), text, null, state.clock.instant(), List.of(), "QUEUED"));
        threading.remember(messageId, c);
        pending.put(mail.id(), new Pending(mail, c));
        hand(mail);
        return mail;
    }

    private static List<String> references(List<String> ids) {
        if (ids.size() <= MAX_REFERENCES) {
            return ids;
        }
        List<String> out = new ArrayList<>(MAX_REFERENCES);
        out.add(ids.get(0));
        out.addAll(ids.subList(ids.size() - MAX_REFERENCES + 1, ids.size()));
        return out;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "switchboard.invalid" : address.substring(at + 1);
    }

    private void hand(OutboundEmail mail) {
        if (transport == null) {
            waiting.add(mail);
            return;
        }
        try {
            transport.send(mail);
        } catch (RuntimeException ex) {
            LOG.log(System.Logger.Level.WARNING, "mail " + mail.id() + " could not be queued; kept for later", ex);
            waiting.add(mail);
        }
    }

    void connect(EmailTransport t) {
        transport = t;
        List<OutboundEmail> again = new ArrayList<>(waiting);
        waiting.clear();
        for (OutboundEmail mail : again) {
            hand(mail);
        }
    }

    void disconnect(EmailTransport t) {
        if (transport == t) {
            transport = null;
        }
    }

    /** The transport's report: the case shows the mail SENT, or QUEUED with why it waits. */
    void delivery(String outboundId, boolean sent) {
        Pending p = pending.get(outboundId);
        if (p == null) {
            return;
        }
        if (sent) {
            pending.remove(outboundId);
        }
        for (EmailView.Message m : p.caseFile().messages) {
            if (m.messageId().equals(p.mail().messageId())) {
                p.caseFile().replace(m.messageId(), new EmailView.Message(m.messageId(), m.direction(), m.kind(),
                        m.from(), m.to(), m.subject(), m.text(), m.html(), m.at(), m.attachments(),
                        sent ? "SENT" : "QUEUED"));
                break;
            }
        }
        if (p.caseFile().open != null) {
            state.interactions.touch(p.caseFile().open);
        }
        Interaction i = state.interactions.peek(p.mail().interactionId());
        if (i != null) {
            state.interactions.touch(i);
        }
    }
}
