package org.switchboard.server.mail.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;

/**
 * How far a mailbox has been read: its UIDVALIDITY and the highest UID whose email the contact
 * center took. Written to disk (a new file moved over the old) after each email, so a restart or an
 * IMAP outage neither loses nor repeats one. A new UIDVALIDITY means the mailbox was rebuilt: it is
 * read again from the start (the contact center drops what it already has by Message-ID).
 */
final class MailboxCursor {

    private final Path file;
    private long validity = -1;
    private long lastUid;

    MailboxCursor(Path file) {
        this.file = file;
        try {
            if (Files.exists(file)) {
                String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+");
                validity = Long.parseLong(parts[0]);
                lastUid = Long.parseLong(parts[1]);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the mailbox position in " + file + " cannot be read", e);
        }
    }

    /** The last UID taken in a mailbox with this UIDVALIDITY; 0 when it is another mailbox. */
    synchronized long lastUid(long uidValidity) {
        return uidValidity == validity ? lastUid : 0;
    }

    synchronized void advance(long uidValidity, long uid) {
        validity = uidValidity;
        lastUid = uid;
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(next, uidValidity + " " + uid + "\n", StandardCharsets.US_ASCII);
            try (FileChannel c = FileChannel.open(next, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the mailbox position cannot be written to " + file, e);
        }
    }
}
