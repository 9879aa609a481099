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
        Properties p = new Properties();
        String t = String.valueOf(s.timeout().toMillis());
        p.put("mail.store.protocol", "imap");
        p.put("mail.imap.host", s.imapHost());
        p.put("mail.imap.port", String.valueOf(s.imapPort()));
        p.put("mail.imap.connectiontimeout", t);
        p.put("mail.imap.timeout", t);
        p.put("mail.imap.writetimeout", t);
        p.put("mail.imap.starttls.enable", String.valueOf(s.startTls()));
        p.put("mail.imap.starttls.required", String.valueOf(s.startTls()));
        // headers with raw 8-bit UTF-8 (RFC 6532) are read as UTF-8, not as ISO-8859-1
        p.put("mail.mime.allowutf8", "true");
        return Session.getInstance(p);
    }

    static Session smtp(MailSettings s) {
        Properties p = new Properties();
        String t = String.valueOf(s.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", s.smtpHost());
        p.put("mail.smtp.port", String.valueOf(s.smtpPort()));
        p.put("mail.smtp.connectiontimeout", t);
        p.put("mail.smtp.timeout", t);
        p.put("mail.smtp.writetimeout", t);
        p.put("mail.smtp.auth", String.valueOf(s.user() != null && s.password() != null));
        p.put("mail.smtp.starttls.enable", String.valueOf(s.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.startTls()));
        p.put("mail.smtp.from", s.address());
        return Session.getInstance(p);
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
