package org.switchboard.server.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The durable queue of outgoing mail: each mail a file of its own in RFC 822 form, written and
 * flushed before the contact center is told it is queued, removed once the mail server took it.
 * Files are named so that they sort in the order they were queued.
 */
final class OutgoingSpool {

    static final String OUTBOUND_ID = "X-Switchboard-Outbound-Id";

    private final Path folder;
    private long sequence;

    OutgoingSpool(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            for (Path p : waiting()) {
                sequence = Math.max(sequence, sequenceOf(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the outgoing mail folder " + folder + " cannot be used", e);
        }
    }

    private static long sequenceOf(Path p) {
        String name = p.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.indexOf('-')));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Writes the mail to the queue; it is there, flushed, when this returns. */
    synchronized Path put(MimeMessage mail, String outboundId) throws IOException, MessagingException {
        String safe = outboundId.replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = folder.resolve(String.format("%019d-%s.eml", ++sequence, safe));
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            mail.writeTo(out);
        }
        try (FileChannel c = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The queued mails, oldest first. */
    List<Path> waiting() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.eml")) {
            for (Path p : files) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    static MimeMessage read(Session session, Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return new QueuedMessage(session, in);
        }
    }

    /** A queued mail keeps the Message-ID it was queued with: its thread depends on it. */
    private static final class QueuedMessage extends MimeMessage {

        QueuedMessage(Session session, InputStream in) throws MessagingException {
            super(session, in);
        }

        @Override
        protected void updateMessageID() {
            // keeps the Message-ID header as read
        }
    }

    static void remove(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
