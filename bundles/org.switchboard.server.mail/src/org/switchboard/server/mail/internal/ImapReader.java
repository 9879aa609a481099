package org.switchboard.server.mail.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.switchboard.server.core.EmailDesk;
import org.switchboard.server.core.InboundEmail;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.mail.MailSettings;

/**
 * Reads a service's mailbox over IMAP: what arrived since the cursor, then waits in IDLE for the
 * server to say more has come (no polling). Each email goes to the contact center, and only once it
 * has taken it is the email's UID recorded and the message flagged seen. A lost connection is made
 * again after a back-off that doubles up to a minute. IDLE is renewed every half read timeout (a
 * NOOP from a timer ends it, the reader looks for mail and idles again), so a quiet mailbox is not
 * taken for a dead connection. One thread per mailbox, and one timer.
 */
final class ImapReader implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ImapReader.class.getName());

    private final MailSettings settings;
    private final EmailDesk desk;
    private final MailboxCursor cursor;
    private final MimeReader mime;
    private final Clock clock;
    private final Thread thread;
    private final java.util.concurrent.ScheduledExecutorService renewal;
    private final Object wait = new Object();
    private final Backoff backoff;
    private volatile boolean closed;
    private volatile Store store;
    private volatile IMAPFolder folder;
    private volatile boolean idling;

    ImapReader(MailSettings settings, EmailDesk desk, MailboxCursor cursor, Clock clock, Duration firstRetry) {
        this.settings = settings;
        this.desk = desk;
        this.cursor = cursor;
        this.mime = new MimeReader(settings.maxBytes());
        this.clock = clock;
        this.backoff = new Backoff(firstRetry, Duration.ofMinutes(1));
        this.thread = new Thread(this::run, "mail-reader-" + settings.address());
        thread.setDaemon(true);
        this.renewal = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-reader-renewal-" + settings.address());
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        thread.start();
        long half = Math.max(1, settings.timeout().toMillis() / 2);
        renewal.scheduleWithFixedDelay(this::endIdle, half, half, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Ends the IDLE the reader waits in, if it does: any command from another thread does (a NOOP here). */
    private void endIdle() {
        IMAPFolder f = folder;
        if (f != null && idling) {
            try {
                MailSessions.call(() -> f.doCommand(protocol -> {
                    protocol.noop();
                    return null;
                }));
            } catch (Exception e) {
                // the connection is gone: the reader finds out and connects again
            }
        }
    }

    /** Whether the reader is connected and waiting in IDLE for new mail. */
    boolean idling() {
        return idling;
    }

    private void run() {
        while (!closed) {
            try {
                MailSessions.call(() -> {
                    read();
                    return null;
                });
            } catch (Exception e) {
                idling = false;
                if (closed) {
                    break;
                }
                Duration pause = backoff.next();
                LOG.log(System.Logger.Level.WARNING, "the mailbox of " + settings.address() + " at "
                        + settings.imapHost() + ":" + settings.imapPort() + " cannot be read (" + e
                        + "); trying again in " + pause.toSeconds() + " s");
                pause(pause);
            }
        }
    }

    private void pause(Duration d) {
        synchronized (wait) {
            if (!closed) {
                try {
                    wait.wait(d.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
        }
    }

    private void read() throws Exception {
        Store s = MailSessions.imap(settings).getStore("imap");
        store = s;
        try {
            s.connect(settings.imapHost(), settings.imapPort(), settings.user(), settings.password());
            IMAPFolder inbox = (IMAPFolder) s.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            folder = inbox;
            long validity = inbox.getUIDValidity();
            backoff.reset();
            while (!closed) {
                takeNew(inbox, validity);
                idling = true;
                inbox.idle(true);
                idling = false;
            }
        } finally {
            idling = false;
            folder = null;
            store = null;
            closeQuietly(s);
        }
    }

    private void takeNew(IMAPFolder inbox, long validity) throws Exception {
        long after = cursor.lastUid(validity);
        Message[] messages = inbox.getMessagesByUID(after + 1, UIDFolder.LASTUID);
        for (Message m : messages) {
            long uid = inbox.getUID(m);
            // "n:*" always names the newest message, even when its UID is below n
            if (uid <= after || closed) {
                continue;
            }
            MimeMessage message = (MimeMessage) m;
            int size = message.getSize();
            InboundEmail email = size > settings.maxBytes()
                    ? mime.headersOnly(message, size, clock.instant())
                    : mime.read(new MimeMessage(message), clock.instant());
            try {
                desk.receive(settings.queueId(), email);
            } catch (ServerRefusal refused) {
                // not an email the contact center can take (no valid sender): kept in the mailbox, flagged
                LOG.log(System.Logger.Level.WARNING, "email " + email.messageId() + " in the mailbox of "
                        + settings.address() + " was refused: " + refused.getMessage());
                m.setFlag(Flags.Flag.FLAGGED, true);
            }
            cursor.advance(validity, uid);
            m.setFlag(Flags.Flag.SEEN, true);
        }
    }

    private static void closeQuietly(Store s) {
        try {
            s.close();
        } catch (Exception e) {
            // already gone
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wait) {
            wait.notifyAll();
        }
        renewal.shutdownNow();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            // the reader may be between two IDLEs when asked: end its IDLE until it has seen it is closed
            while (thread.isAlive() && System.nanoTime() < deadline) {
                endIdle();
                thread.join(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Store s = store;
        if (thread.isAlive()) {
            Throwable where = new Throwable("the mailbox reader of " + settings.address() + " is here");
            where.setStackTrace(thread.getStackTrace());
            LOG.log(System.Logger.Level.WARNING, "the mailbox reader did not stop in time; its connection is closed", where);
            if (s != null) {
                closeQuietly(s);
            }
        }
    }
}
