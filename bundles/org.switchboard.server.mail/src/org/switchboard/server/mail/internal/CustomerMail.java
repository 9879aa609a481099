package org.switchboard.server.mail.internal;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A customer's mail client on loopback: sends plain mail over SMTP without authentication, as the
 * embedded mail server takes it from its demo customers.
 */
public final class CustomerMail {

    private final int smtpPort;

    public CustomerMail(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    /** Sends a mail with this Message-ID; {@code inReplyTo} (a Message-ID) may be null. */
    public void send(String from, String fromName, String to, String messageId, String subject, String text,
            String inReplyTo) throws Exception {
        MailSessions.call(() -> {
            Properties p = new Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", String.valueOf(smtpPort));
            Session session = Session.getInstance(p);
            MimeMessage m = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + messageId + ">");
                }
            };
            m.setFrom(new InternetAddress(from, fromName, "UTF-8"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            m.setSubject(subject, "UTF-8");
            if (inReplyTo != null) {
                m.setHeader("In-Reply-To", "<" + inReplyTo + ">");
                m.setHeader("References", "<" + inReplyTo + ">");
            }
            m.setText(text, "UTF-8");
            Transport.send(m);
            return null;
        });
    }
}
