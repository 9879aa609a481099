package org.switchboard.server.mail.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** A customer's mail client against the embedded mail server: sends to the service and reads its own mailbox. */
final class Customer {

    final String address;
    private final GreenMail mail;
    private final int smtpPort;

    Customer(String address, GreenMail mail, int smtpPort) {
        this.address = address;
        this.mail = mail;
        this.smtpPort = smtpPort;
    }

    /** Sends a mail to the service; {@code inReplyTo} may be null. */
    void send(String messageId, String subject, String text, String inReplyTo) throws Exception {
        MailSessions.call(() -> {
            Properties p = new Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", String.valueOf(smtpPort));
            Session session = Session.getInstance(p);
            MimeMessage m = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws jakarta.mail.MessagingException {
                    setHeader("Message-ID", "<" + messageId + ">");
                }
            };
            m.setFrom(new InternetAddress(address, "Dana Whitfield"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("support@switchboard.test"));
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

    /** The mails delivered to this customer so far. */
    List<MimeMessage> inbox() {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
