package org.switchboard.server.mail.internal;

import java.util.Properties;
import java.util.concurrent.Callable;

import jakarta.mail.Session;

import org.switchboard.server.mail.MailSettings;

/**
 * Mail sessions for a service's IMAP mailbox and SMTP submission, with timeouts, and the class
 * loader Angus needs around its calls inside OSGi: its providers and data handlers are found through
 * the thread's context class loader, which must be Angus's own bundle's.
 */
final class MailSessions {

    private MailSessions() {
    }

    static Session imap(MailSettings s) {
        Properties p = common("imap", s.imapHost(), s.imapPort(), s);
        p.put("mail.store.protocol", "imap");
        // headers with raw 8-bit UTF-8 (RFC 6532) are read as UTF-8, not as ISO-8859-1
        p.put("mail.mime.allowutf8", "true");
        return Session.getInstance(p);
    }

    static Session smtp(MailSettings s) {
        Properties p = common("smtp", s.smtpHost(), s.smtpPort(), s);
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.auth", String.valueOf(s.user() != null && s.password() != null));
        p.put("mail.smtp.from", s.address());
        return Session.getInstance(p);
    }

    /** Host, port, timeouts and STARTTLS of one protocol. */
    private static Properties common(String protocol, String host, int port, MailSettings s) {
        Properties p = new Properties();
        String t = String.valueOf(s.timeout().toMillis());
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "host", host);
        p.put(prefix + "port", String.valueOf(port));
        p.put(prefix + "connectiontimeout", t);
        p.put(prefix + "timeout", t);
        p.put(prefix + "writetimeout", t);
        p.put(prefix + "starttls.enable", String.valueOf(s.startTls()));
        p.put(prefix + "starttls.required", String.valueOf(s.startTls()));
        return p;
    }

    /** Runs {@code work} with the mail bundle's class loader as the thread's context class loader. */
    static <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
