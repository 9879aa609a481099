package org.switchboard.server.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.EmailAttachmentView;
import org.switchboard.server.core.InboundEmail;

/** Mail as it comes: charsets right, wrong and missing, hostile HTML, oversize attachments, auto-replies, bounces. */
class MimeReaderTest {

    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

    private static InboundEmail read(String raw, long maxBytes) throws Exception {
        return MailSessions.call(() -> {
            Properties p = new Properties();
            p.put("mail.mime.allowutf8", "true");
            MimeMessage m = new MimeMessage(Session.getInstance(p),
                    new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            return new MimeReader(maxBytes).read(m, AT);
        });
    }

    private static InboundEmail read(String raw) throws Exception {
        return read(raw, 25L * 1024 * 1024);
    }

    private static String latin1(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void headersAndBodiesAreDecodedInTheirCharsetsAndThreadingHeadersRead() throws Exception {
        InboundEmail e = read("""
                Message-ID: <m1@example.org>
                In-Reply-To: <r2@switchboard.test>
                References: <r1@switchboard.test> <r2@switchboard.test>
                From: =?UTF-8?Q?Ren=C3=A9e_Dupr=C3=A9?= <renee@example.org>
                To: support@switchboard.test
                Subject: =?ISO-8859-1?Q?Caf=E9_cr=E8me?= [#C-7]
                MIME-Version: 1.0
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Cr=E8me br=FBl=E9e, s'il vous pla=EEt.
                """);
        assertEquals("m1@example.org", e.messageId());
        assertEquals(List.of("r2@switchboard.test", "r1@switchboard.test"), e.references());
        assertEquals("renee@example.org", e.from());
        assertEquals("Renée Dupré", e.fromName());
        assertEquals("Café crème [#C-7]", e.subject());
        assertEquals("Crème brûlée, s'il vous plaît.", e.text().trim());
        assertEquals(InboundEmail.Kind.ORDINARY, e.kind());
    }

    @Test
    void rawEightBitHeadersAndAnUnknownCharsetStillRead() throws Exception {
        InboundEmail e = read(latin1("""
                Message-ID: <m2@example.org>
                From: Jörg Müller <joerg@example.org>
                Subject: Größe ändern
                Content-Type: text/plain; charset=x-no-such-charset

                Grüße aus Köln
                """));
        assertEquals("Größe ändern", e.subject());
        assertEquals("Grüße aus Köln", e.text().trim());
    }

    @Test
    void htmlLosesScriptsFormsAndHandlersAndRemoteImagesWaitForTheAgent() throws Exception {
        InboundEmail e = read("""
                Message-ID: <m3@example.org>
                From: shop@example.org
                Subject: Offer
                Content-Type: text/html; charset=UTF-8

                <html><body onload="steal()"><p>Hello <b>you</b></p><script>alert(1)</script>
                <form action="https://evil.example/"><input name="card"></form>
                <img src="https://tracker.example/pixel.gif" width="1" height="1">
                <a href="javascript:alert(2)">click</a><iframe src="https://evil.example/"></iframe>
                </body></html>
                """);
        String html = e.html();
        assertNotNull(html);
        assertTrue(html.contains("<b>you</b>"), html);
        for (String gone : List.of("script", "onload", "form", "input", "iframe", "javascript:", " src=")) {
            assertFalse(html.contains(gone), gone + " left in " + html);
        }
        assertTrue(html.contains("data-remote-src=\"https://tracker.example/pixel.gif\""), html);
        assertTrue(e.text().contains("Hello you"), "a text version for an HTML-only mail: " + e.text());
    }

    @Test
    void attachmentsAreListedAndThoseBeyondTheLimitRefused() throws Exception {
        String big = "A".repeat(3000);
        InboundEmail e = read("""
                Message-ID: <m4@example.org>
                From: dana@example.org
                Subject: Files
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                See attached.
                --b1
                Content-Type: application/pdf; name="invoice.pdf"
                Content-Disposition: attachment; filename="invoice.pdf"

                %PDF-1.4 small
                --b1
                Content-Type: application/zip; name="huge.zip"
                Content-Disposition: attachment; filename="huge.zip"

                """ + big + """

                --b1--
                """, 1000);
        assertEquals("See attached.", e.text().trim());
        assertEquals(2, e.attachments().size());
        EmailAttachmentView pdf = e.attachments().get(0);
        assertEquals("invoice.pdf", pdf.fileName());
        assertNull(pdf.refusal());
        EmailAttachmentView zip = e.attachments().get(1);
        assertEquals("huge.zip", zip.fileName());
        assertNotNull(zip.refusal(), "beyond the limit");
    }

    @Test
    void aMultipartWithoutItsBoundaryIsReadAsFarAsItGoesAndSaysSo() throws Exception {
        InboundEmail e = read("""
                Message-ID: <m5@example.org>
                From: dana@example.org
                Subject: Broken
                MIME-Version: 1.0
                Content-Type: multipart/mixed

                no boundary anywhere
                """);
        assertEquals("m5@example.org", e.messageId());
        assertFalse(e.text().isBlank(), "the agent is told what could not be read");
    }

    @Test
    void autoRepliesAndDeliveryReportsAreRecognised() throws Exception {
        assertEquals(InboundEmail.Kind.AUTO_REPLY, read("""
                Message-ID: <a1@example.org>
                From: dana@example.org
                Subject: Out of office
                Auto-Submitted: auto-replied

                Back on Monday.
                """).kind());
        assertEquals(InboundEmail.Kind.AUTO_REPLY, read("""
                Message-ID: <a2@example.org>
                From: list@example.org
                Subject: News
                Precedence: bulk

                Our news.
                """).kind());
        assertEquals(InboundEmail.Kind.BOUNCE, read("""
                Message-ID: <b1@example.org>
                From: Mail Delivery System <MAILER-DAEMON@example.org>
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                The mail could not be delivered.
                --r
                Content-Type: message/delivery-status

                Reporting-MTA: dns; example.org
                --r--
                """).kind());
    }

    @Test
    void aMailWithoutMessageIdGetsOne() throws Exception {
        InboundEmail e = read("""
                From: dana@example.org
                Subject: No id

                Hello
                """);
        assertTrue(e.messageId().endsWith("@switchboard.invalid"), e.messageId());
    }
}
