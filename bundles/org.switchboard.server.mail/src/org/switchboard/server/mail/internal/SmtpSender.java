package org.switchboard.server.mail.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.switchboard.server.core.EmailDesk;
import org.switchboard.server.core.EmailTransport;
import org.switchboard.server.core.OutboundEmail;
import org.switchboard.server.mail.MailSettings;

/**
 * Sends the contact center's mail over SMTP submission from the durable {@link OutgoingSpool}: a
 * mail handed over is written there first, then sent by this sender's thread in queue order. With the
 * SMTP server down the mail stays queued (the agent sees QUEUED) and leaves when the server is back,
 * tried again after a back-off that doubles up to a minute; queued mail survives a restart.
 */
final class SmtpSender implements EmailTransport, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SmtpSender.class.getName());

    private final MailSettings settings;
    private final EmailDesk desk;
    private final OutgoingSpool spool;
    private final Session session;
    private final Backoff backoff;
    private final Thread thread;
    private final Object signal = new Object();
    /** Mails reported queued-and-waiting to the contact center, so the report is made once. */
    private final Set<String> reportedWaiting = new HashSet<>();
    private volatile boolean closed;
    private boolean work;

    SmtpSender(MailSettings settings, EmailDesk desk, OutgoingSpool spool, Duration firstRetry) {
        this.settings = settings;
        this.desk = desk;
        this.spool = spool;
        this.session = MailSessions.smtp(settings);
        this.backoff = new Backoff(firstRetry, Duration.ofMinutes(1));
        this.thread = new Thread(this::run, "mail-sender-" + settings.address());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Builds the threaded MIME mail and queues it; the sender's thread sends it. */
    @Override
    public void send(OutboundEmail mail) {
        try {
            MailSessions.call(() -> spool.put(mime(mail), mail.id()));
        } catch (Exception e) {
            throw new IllegalStateException("mail " + mail.id() + " could not be queued: " + e.getMessage(), e);
        }
        wake();
    }

    private MimeMessage mime(OutboundEmail mail) throws MessagingException {
        MimeMessage m = new ThreadedMessage(session, mail.messageId());
        m.setFrom(new InternetAddress(mail.from()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        m.setSubject(mail.subject(), "UTF-8");
        m.setSentDate(new Date());
        if (mail.inReplyTo() != null) {
            m.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
        }
        if (!mail.references().isEmpty()) {
            m.setHeader("References", "<" + String.join("> <", mail.references()) + ">");
        }
        // RFC 3834: an automatic responder must not answer it; this mail is an agent's, but never loops
        m.setHeader("Auto-Submitted", "no");
        m.setHeader(OutgoingSpool.OUTBOUND_ID, mail.id());
        m.setText(mail.text(), "UTF-8");
        m.saveChanges();
        return m;
    }

    /** A MIME message whose Message-ID is the contact center's, not one Angus makes at saving. */
    private static final class ThreadedMessage extends MimeMessage {
        private final String messageId;

        ThreadedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }

    private void wake() {
        synchronized (signal) {
            work = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (!closed) {
            boolean allSent;
            try {
                allSent = MailSessions.call(this::sendWaiting);
            } catch (Exception e) {
                allSent = false;
                LOG.log(System.Logger.Level.WARNING, "outgoing mail cannot be read from its queue", e);
            }
            synchronized (signal) {
                if (!work && !closed) {
                    try {
                        signal.wait(allSent ? 0 : backoff.next().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                work = false;
            }
        }
    }

    /** Sends what waits, oldest first; true if all of it left. */
    private boolean sendWaiting() throws IOException, MessagingException {
        List<Path> waiting = spool.waiting();
        for (Path file : waiting) {
            if (closed) {
                return false;
            }
            MimeMessage m = OutgoingSpool.read(session, file);
            String id = m.getHeader(OutgoingSpool.OUTBOUND_ID, null);
            try {
                m.removeHeader(OutgoingSpool.OUTBOUND_ID);
                if (settings.user() == null || settings.password() == null) {
                    Transport.send(m);
                } else {
                    Transport.send(m, settings.user(), settings.password());
                }
            } catch (MessagingException e) {
                if (id != null && reportedWaiting.add(id)) {
                    desk.delivery(id, false, e.getMessage());
                }
                LOG.log(System.Logger.Level.WARNING, "the SMTP server " + settings.smtpHost() + ":"
                        + settings.smtpPort() + " did not take mail " + id + " (" + e + "); it stays queued");
                return false;
            }
            OutgoingSpool.remove(file);
            backoff.reset();
            if (id != null) {
                reportedWaiting.remove(id);
                desk.delivery(id, true, null);
            }
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        wake();
        try {
            thread.join(settings.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
