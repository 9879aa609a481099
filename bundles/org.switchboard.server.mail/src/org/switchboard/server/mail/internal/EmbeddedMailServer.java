package org.switchboard.server.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server of a contact center configured with none: GreenMail on loopback (SMTP and IMAP),
 * with the demo service's mailbox and the demo customers' mailboxes. Mail lives in memory.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    public static final String SERVICE_USER = "support";
    public static final String SERVICE_PASSWORD = "support-demo";
    public static final String CUSTOMER_PASSWORD = "customer-demo";

    private final GreenMail mail;

    /** @param smtpPort the SMTP port, or 0 for any free one; likewise {@code imapPort} */
    public EmbeddedMailServer(int smtpPort, int imapPort) {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        mail = new GreenMail(new ServerSetup[] { smtpPort == 0 ? smtp.dynamicPort() : smtp,
                imapPort == 0 ? imap.dynamicPort() : imap });
    }

    public EmbeddedMailServer start(String serviceAddress, Iterable<String> customers) {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(jakarta.mail.Session.class.getClassLoader());
        try {
            mail.start();
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
        mail.setUser(serviceAddress, SERVICE_USER, SERVICE_PASSWORD);
        for (String customer : customers) {
            mail.setUser(customer, customer, CUSTOMER_PASSWORD);
        }
        return this;
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public int imapPort() {
        return mail.getImap().getPort();
    }

    /** GreenMail itself, for tests that look into mailboxes. */
    public GreenMail greenMail() {
        return mail;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
