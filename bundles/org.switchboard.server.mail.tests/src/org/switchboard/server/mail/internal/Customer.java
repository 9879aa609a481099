package org.switchboard.server.mail.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** A customer's mail client against the embedded mail server: sends to the service and reads its own mailbox. */
final class Customer {

    final String address;
    private final GreenMail mail;
    private final CustomerMail client;

    Customer(String address, GreenMail mail, int smtpPort) {
        this.address = address;
        this.mail = mail;
        this.client = new CustomerMail(smtpPort);
    }

    /** Sends a mail to the service; {@code inReplyTo} may be null. */
    void send(String messageId, String subject, String text, String inReplyTo) throws Exception {
        client.send(address, "Dana Whitfield", "support@switchboard.test", messageId, subject, text, inReplyTo);
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
