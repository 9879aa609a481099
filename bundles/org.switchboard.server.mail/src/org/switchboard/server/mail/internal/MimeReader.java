package org.switchboard.server.mail.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.switchboard.server.core.EmailAttachmentView;
import org.switchboard.server.core.InboundEmail;

/**
 * Reads a MIME message into an {@link InboundEmail}: headers decoded (RFC 2047 words, raw 8-bit
 * UTF-8, and a charset that is unknown or wrong falling back to one that reads), the plain and HTML
 * bodies (HTML sanitised), attachments listed with their size and refused past the limit, and
 * whether it is an auto-reply or a delivery report. A malformed message is read as far as it goes:
 * what cannot be read is said in its text, never dropped silently.
 */
final class MimeReader {

    private static final int MAX_PARTS = 200;
    private static final int MAX_DEPTH = 10;

    private final long maxBytes;

    MimeReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    private static final class Parts {
        String text;
        String html;
        final List<EmailAttachmentView> attachments = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        long attachmentBytes;
        int count;
    }

    InboundEmail read(MimeMessage m, Instant received) throws MessagingException {
        Parts parts = new Parts();
        try {
            walk(m, parts, 0);
        } catch (MessagingException | IOException e) {
            parts.problems.add("Part of this email could not be read (" + e.getMessage() + ").");
        }
        String text = parts.text != null ? parts.text
                : parts.html != null ? org.jsoup.Jsoup.parse(parts.html).text() : "";
        if (!parts.problems.isEmpty()) {
            text = text + (text.isEmpty() ? "" : "\n\n") + String.join("\n", parts.problems);
        }
        return new InboundEmail(messageId(m), references(m), fromAddress(m), fromName(m), toAddress(m), subject(m),
                text, parts.html == null ? null : HtmlSanitizer.sanitize(parts.html), parts.attachments, kind(m),
                received);
    }

    /** Only the headers of a mail too large to download: its case says so. */
    InboundEmail headersOnly(MimeMessage m, long size, Instant received) throws MessagingException {
        String text = "This email is " + size + " bytes, more than the " + maxBytes
                + " bytes allowed: it was not downloaded. It stays in the mailbox.";
        return new InboundEmail(messageId(m), references(m), fromAddress(m), fromName(m), toAddress(m), subject(m),
                text, null, List.of(), kind(m), received);
    }

    private void walk(Part p, Parts out, int depth) throws MessagingException, IOException {
        if (++out.count > MAX_PARTS || depth > MAX_DEPTH) {
            out.problems.add("This email has more parts than are read; the rest were left out.");
            return;
        }
        String disposition = p.getDisposition();
        String fileName = fileName(p);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || (fileName != null && !p.isMimeType("text/*"));
        if (p.isMimeType("multipart/*") && !attachment) {
            Object content = p.getContent();
            if (content instanceof Multipart mp) {
                for (int n = 0; n < mp.getCount(); n++) {
                    BodyPart child = mp.getBodyPart(n);
                    walk(child, out, depth + 1);
                }
                return;
            }
        }
        if (p.isMimeType("message/rfc822") || p.isMimeType("message/delivery-status")) {
            attachment(p, fileName == null ? "message.eml" : fileName, out);
        } else if (!attachment && p.isMimeType("text/plain") && out.text == null) {
            out.text = text(p);
        } else if (!attachment && p.isMimeType("text/html") && out.html == null) {
            out.html = text(p);
        } else {
            attachment(p, fileName == null ? "attachment" : fileName, out);
        }
    }

    private void attachment(Part p, String fileName, Parts out) throws MessagingException, IOException {
        long left = maxBytes - out.attachmentBytes;
        long size;
        try (InputStream in = p.getInputStream()) {
            size = count(in, left + 1);
        }
        String type = baseType(p);
        if (size > left) {
            out.attachments.add(new EmailAttachmentView(fileName, type, size,
                    "larger than the " + maxBytes + " bytes an email may carry"));
            return;
        }
        out.attachmentBytes += size;
        out.attachments.add(new EmailAttachmentView(fileName, type, size, null));
    }

    /** Counts the bytes, stopping at {@code limit}: a decoded attachment is never held whole. */
    private static long count(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer)) > 0) {
            total += n;
        }
        return total;
    }

    private static String baseType(Part p) throws MessagingException {
        try {
            return new ContentType(p.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /** The text of a text part in its declared charset; an unknown or wrong one reads as UTF-8 or Latin-1. */
    private String text(Part p) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        Charset declared = null;
        try {
            String name = new ContentType(p.getContentType()).getParameter("charset");
            declared = name == null ? StandardCharsets.US_ASCII : Charset.forName(MimeUtility.javaCharset(name.trim()));
        } catch (MessagingException | RuntimeException unknown) {
            declared = null;
        }
        if (declared != null && declared != StandardCharsets.US_ASCII) {
            return new String(bytes, declared);
        }
        return Charsets.decodeGuessing(bytes);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buffer)) > 0) {
            out.write(buffer, 0, (int) Math.min(n, limit - out.size()));
        }
        return out.toByteArray();
    }

    private static String fileName(Part p) {
        try {
            String name = p.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            return "attachment";
        }
    }

    static String messageId(MimeMessage m) throws MessagingException {
        String id = bare(m.getHeader("Message-ID", null));
        return id == null || id.isEmpty() ? "generated-" + UUID.randomUUID() + "@switchboard.invalid" : id;
    }

    /** In-Reply-To first, then References from the latest back. */
    private static List<String> references(MimeMessage m) throws MessagingException {
        List<String> out = new ArrayList<>();
        String inReplyTo = m.getHeader("In-Reply-To", " ");
        addIds(inReplyTo, out);
        List<String> refs = new ArrayList<>();
        addIds(m.getHeader("References", " "), refs);
        for (int n = refs.size() - 1; n >= 0; n--) {
            if (!out.contains(refs.get(n))) {
                out.add(refs.get(n));
            }
        }
        return out;
    }

    private static void addIds(String header, List<String> into) {
        if (header == null) {
            return;
        }
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("<([^<>\\s]+)>").matcher(header);
        while (ids.find()) {
            into.add(ids.group(1));
        }
    }

    private static String bare(String id) {
        if (id == null) {
            return null;
        }
        String s = id.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.trim();
    }

    private static InternetAddress from(MimeMessage m) {
        try {
            Address[] from = m.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress ia ? ia : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fromAddress(MimeMessage m) throws MessagingException {
        InternetAddress a = from(m);
        if (a != null && a.getAddress() != null) {
            return a.getAddress();
        }
        String raw = m.getHeader("From", null);
        return raw == null || raw.isBlank() ? "unknown@invalid" : raw.trim();
    }

    private static String fromName(MimeMessage m) {
        InternetAddress a = from(m);
        return a == null ? null : a.getPersonal();
    }

    private static String toAddress(MimeMessage m) {
        try {
            Address[] to = m.getRecipients(MimeMessage.RecipientType.TO);
            return to != null && to.length > 0 && to[0] instanceof InternetAddress ia ? ia.getAddress() : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(MimeMessage m) throws MessagingException {
        String raw = m.getHeader("Subject", null);
        if (raw == null) {
            return "";
        }
        try {
            return Charsets.decodeHeader(MimeUtility.unfold(raw));
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** Auto-Submitted, Precedence bulk/junk/list and the usual auto-reply headers; DSNs are bounces. */
    static InboundEmail.Kind kind(MimeMessage m) throws MessagingException {
        String type = m.getContentType() == null ? "" : m.getContentType().toLowerCase(Locale.ROOT);
        String from = String.valueOf(m.getHeader("From", null)).toLowerCase(Locale.ROOT);
        if ((type.startsWith("multipart/report") && type.contains("delivery-status"))
                || from.contains("mailer-daemon") || from.contains("postmaster@")) {
            return InboundEmail.Kind.BOUNCE;
        }
        String auto = m.getHeader("Auto-Submitted", null);
        String precedence = m.getHeader("Precedence", null);
        if ((auto != null && !auto.trim().equalsIgnoreCase("no"))
                || (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list"))
                || m.getHeader("X-Autoreply", null) != null || m.getHeader("X-Autorespond", null) != null) {
            return InboundEmail.Kind.AUTO_REPLY;
        }
        return InboundEmail.Kind.ORDINARY;
    }
}
