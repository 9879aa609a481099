package org.switchboard.content.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.switchboard.content.ContentInspector;
import org.switchboard.content.ContentLimits;
import org.switchboard.content.ContentRefusedException;
import org.switchboard.content.Detection;
import org.switchboard.content.ExtractedText;

class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector();

    @Test
    void pdfIsDetectedFromItsContent() throws IOException {
        Detection d = inspector.detect(pdf(), null, null);
        assertEquals("application/pdf", d.detectedType());
        assertNull(d.declaredType());
        assertFalse(d.mismatch());
    }

    @Test
    void pdfWithMatchingNameIsNoMismatch() throws IOException {
        Detection d = inspector.detect(pdf(), "order-confirmation.pdf", null);
        assertEquals("application/pdf", d.detectedType());
        assertEquals("application/pdf", d.declaredType());
        assertFalse(d.mismatch());
    }

    @Test
    void pngIsDetectedFromItsContent() throws IOException {
        Detection d = inspector.detect(new ByteArrayInputStream(png()), "screenshot.png", "image/png");
        assertEquals("image/png", d.detectedType());
        assertFalse(d.mismatch());
    }

    @Test
    void pngNamedPdfIsReportedAsMismatch() throws IOException {
        Detection d = inspector.detect(png(), "invoice.pdf", null);
        assertEquals("image/png", d.detectedType());
        assertEquals("application/pdf", d.declaredType());
        assertTrue(d.mismatch());
    }

    @Test
    void pngDeclaredAsPlainTextIsReportedAsMismatch() throws IOException {
        Detection d = inspector.detect(png(), "notes.txt", "text/plain; charset=UTF-8");
        assertEquals("image/png", d.detectedType());
        assertEquals("text/plain", d.declaredType());
        assertTrue(d.mismatch());
    }

    @Test
    void plainTextDeclaredAsCsvIsNoMismatch() throws IOException {
        byte[] csv = "account,amount\n77,12.50\n78,9.99\n".getBytes(StandardCharsets.US_ASCII);
        Detection d = inspector.detect(csv, "export.csv", null);
        assertEquals("text/plain", d.detectedType());
        assertEquals("text/csv", d.declaredType());
        assertFalse(d.mismatch());
    }

    @Test
    void detectionLeavesTheCallersStreamOpenAtTheStart() throws IOException {
        byte[] png = png();
        InputStream in = new java.io.BufferedInputStream(new ByteArrayInputStream(png));
        inspector.detect(in, null, null);
        assertEquals(png.length, in.readAllBytes().length, "stream reset to its start, not closed");
    }

    @Test
    void textIsExtractedFromPdf() throws Exception {
        ExtractedText text = inspector.extractPdfText(new ByteArrayInputStream(pdf()));
        assertTrue(text.text().contains("Switchboard order confirmation 4711"), text.text());
        assertTrue(text.text().contains("Ada Lovelace"), text.text());
        assertFalse(text.truncated());
    }

    @Test
    void textIsExtractedFromPdfCarryingXmpMetadata() throws Exception {
        // XMP metadata takes the parser through its metadata extractor, a path a bare PDF skips
        ExtractedText text = inspector.extractPdfText(new ByteArrayInputStream(testdata("refund-request-with-xmp.pdf")));
        assertTrue(text.text().contains("Refund request for order 4711"), text.text());
    }

    @Test
    void extractedTextStopsAtTheCharacterLimit() throws Exception {
        ContentInspector small = new ContentInspector(new ContentLimits(1024 * 1024, 20));
        ExtractedText text = small.extractPdfText(new ByteArrayInputStream(pdf()));
        assertTrue(text.truncated());
        assertTrue(text.text().length() <= 20, text.text());
        assertFalse(text.text().contains("Ada Lovelace"));
    }

    @Test
    void oversizeInputIsRefusedBeforeParsing() throws IOException {
        byte[] pdf = pdf();
        ContentInspector small = new ContentInspector(new ContentLimits(pdf.length - 1, 1000));
        ContentRefusedException e = assertThrows(ContentRefusedException.class,
                () -> small.extractPdfText(new ByteArrayInputStream(pdf)));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void pngNamedPdfIsRefusedForTextExtraction() throws IOException {
        byte[] png = png();
        ContentRefusedException e = assertThrows(ContentRefusedException.class,
                () -> inspector.extractPdfText(new ByteArrayInputStream(png)));
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void damagedPdfIsRefusedWithAReason() throws IOException {
        byte[] pdf = pdf();
        byte[] damaged = java.util.Arrays.copyOf(pdf, 40);
        assertThrows(ContentRefusedException.class, () -> inspector.extractPdfText(new ByteArrayInputStream(damaged)));
    }

    private static byte[] pdf() throws IOException {
        return testdata("order-confirmation.pdf");
    }

    private static byte[] testdata(String name) throws IOException {
        try (InputStream in = ContentInspectorTest.class.getResourceAsStream("/testdata/" + name)) {
            assertNotNull(in, "testdata/" + name + " in the test bundle");
            return in.readAllBytes();
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out), "a PNG writer is available");
        return out.toByteArray();
    }
}
