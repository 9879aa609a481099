package org.switchboard.server.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Where one email service's mail is read and sent: the mailbox over IMAP and the submission server
 * over SMTP, with the service's address and the queue its emails wait in. Framework properties
 * {@code switchboard.mail.*} set them; with no IMAP host the server runs its embedded mail server.
 *
 * @param startTls   SMTP and IMAP upgrade to TLS (STARTTLS) and require it
 * @param maxBytes   a mail larger than this is not downloaded: its case shows why
 * @param dataFolder where the mailbox's read position and the outgoing queue are kept
 */
public record MailSettings(String imapHost, int imapPort, String smtpHost, int smtpPort, String user,
        String password, String address, String queueId, boolean startTls, long maxBytes, Path dataFolder,
        Duration timeout) {

    public static final String PREFIX = "switchboard.mail.";
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;
    public static final String DEFAULT_QUEUE = "email-support";
    public static final String DEMO_ADDRESS = "support@switchboard.test";

    public MailSettings {
        if (imapHost == null || imapHost.isBlank() || smtpHost == null || smtpHost.isBlank()) {
            throw new IllegalArgumentException("IMAP and SMTP hosts are required");
        }
        if (address == null || !address.contains("@")) {
            throw new IllegalArgumentException("the service's address is required");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the largest mail must be more than 0 bytes");
        }
    }

    /** Whether the properties name a mail server; without one the server runs its embedded one. */
    public static boolean configured(UnaryOperator<String> properties) {
        String host = properties.apply(PREFIX + "imap.host");
        return host != null && !host.isBlank();
    }

    /** The settings the properties give; ports, queue, limit and timeout have defaults. */
    public static MailSettings of(UnaryOperator<String> properties, Path dataFolder) {
        String user = properties.apply(PREFIX + "user");
        return new MailSettings(properties.apply(PREFIX + "imap.host"), port(properties, "imap.port", 143),
                properties.apply(PREFIX + "smtp.host"), port(properties, "smtp.port", 587), user,
                properties.apply(PREFIX + "password"), or(properties.apply(PREFIX + "address"), user),
                or(properties.apply(PREFIX + "queue"), DEFAULT_QUEUE),
                !"false".equalsIgnoreCase(properties.apply(PREFIX + "starttls")),
                Long.parseLong(or(properties.apply(PREFIX + "maxBytes"), String.valueOf(DEFAULT_MAX_BYTES))),
                dataFolder, Duration.ofSeconds(30));
    }

    private static int port(UnaryOperator<String> properties, String key, int fallback) {
        return Integer.parseInt(or(properties.apply(PREFIX + key), String.valueOf(fallback)));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The same mailbox and servers on loopback without TLS: the embedded mail server's. */
    public static MailSettings loopback(int imapPort, int smtpPort, String user, String password, String address,
            Path dataFolder) {
        return new MailSettings("127.0.0.1", imapPort, "127.0.0.1", smtpPort, user, password, address, DEFAULT_QUEUE,
                false, DEFAULT_MAX_BYTES, dataFolder, Duration.ofSeconds(10));
    }

    public MailSettings withMaxBytes(long bytes) {
        return new MailSettings(imapHost, imapPort, smtpHost, smtpPort, user, password, address, queueId, startTls,
                bytes, dataFolder, timeout);
    }

    public MailSettings withSmtpPort(int port) {
        return new MailSettings(imapHost, imapPort, smtpHost, port, user, password, address, queueId, startTls,
                maxBytes, dataFolder, timeout);
    }
}
