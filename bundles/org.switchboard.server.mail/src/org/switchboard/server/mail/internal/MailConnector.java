package org.switchboard.server.mail.internal;

import java.time.Clock;
import java.time.Duration;

import org.switchboard.server.core.EmailDesk;
import org.switchboard.server.mail.MailSettings;

/**
 * One email service's mail: its mailbox read into the contact center, and the contact center's
 * replies sent through the durable outgoing queue. Keeps its read position and queue in the
 * settings' data folder.
 */
public final class MailConnector implements AutoCloseable {

    private final EmailDesk desk;
    private final ImapReader reader;
    private final SmtpSender sender;

    public MailConnector(MailSettings settings, EmailDesk desk, Clock clock, Duration firstRetry) {
        this.desk = desk;
        String mailbox = settings.address().replaceAll("[^A-Za-z0-9._-]", "_");
        this.reader = new ImapReader(settings, desk, new MailboxCursor(settings.dataFolder().resolve(mailbox + ".uid")),
                clock, firstRetry);
        this.sender = new SmtpSender(settings, desk, new OutgoingSpool(settings.dataFolder().resolve(mailbox + ".out")),
                firstRetry);
    }

    /** Starts reading and sending, and connects the sender as the contact center's email transport. */
    public MailConnector start() {
        sender.start();
        desk.connect(sender);
        reader.start();
        return this;
    }

    /** Whether the mailbox is connected and waiting (IDLE) for new mail. */
    public boolean idling() {
        return reader.idling();
    }

    @Override
    public void close() {
        desk.disconnect(sender);
        reader.close();
        sender.close();
    }
}
