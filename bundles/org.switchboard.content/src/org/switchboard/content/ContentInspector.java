package org.switchboard.content;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Looks at attachments before anyone trusts them: finds their type from their bytes, compares it
 * with what they claim, and takes text out of PDF documents within size limits.
 * <p>
 * Tika's automatic set-up finds detectors and parsers through {@code META-INF/services}, which
 * bundles cannot see across each other in OSGi; the type database and the PDF parser are therefore
 * built here explicitly. All methods read the stream given and may block; call them off the UI
 * thread. Instances are safe for use from several threads.
 */
public final class ContentInspector {

    public static final String PDF = "application/pdf";

    private static final MediaType OCTET_STREAM = MediaType.OCTET_STREAM;

    private final MimeTypes mimeTypes;
    private final Parser pdfParser;
    private final ContentLimits limits;

    public ContentInspector() {
        this(ContentLimits.DEFAULT);
    }

    public ContentInspector(ContentLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // The type database is a resource of tika-core: load it through tika-core's class loader.
        this.mimeTypes = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());
        this.pdfParser = new PDFParser();
    }

    public ContentLimits limits() {
        return limits;
    }

    /**
     * Detects the type of {@code content} from its bytes alone and compares it with the declared
     * type, or, when none is declared, with the type the file name implies. The stream is read as
     * far as type detection needs and is not closed.
     *
     * @param declaredName the file name the sender gave, or {@code null}
     * @param declaredType the media type the sender declared (e.g. a {@code Content-Type}), or
     *                     {@code null}
     */
    public Detection detect(InputStream content, String declaredName, String declaredType) throws IOException {
        Objects.requireNonNull(content, "content");
        MediaType detected;
        try (TikaInputStream tis = TikaInputStream.get(new NonClosing(content))) {
            detected = detectByContent(tis);
        }
        return compare(detected, declaredName, declaredType);
    }

    /** Like {@link #detect(InputStream, String, String)} for content already in memory. */
    public Detection detect(byte[] content, String declaredName, String declaredType) throws IOException {
        Objects.requireNonNull(content, "content");
        try (TikaInputStream tis = TikaInputStream.get(content)) {
            return compare(detectByContent(tis), declaredName, declaredType);
        }
    }

    /**
     * Extracts the text of a PDF document. The input is refused, before any parsing, when it is
     * larger than {@link ContentLimits#maxBytes()} or its content is not a PDF, whatever its name
     * says; text beyond {@link ContentLimits#maxChars()} is cut off and reported as truncated.
     */
    public ExtractedText extractPdfText(InputStream content) throws IOException, ContentRefusedException {
        byte[] data = readAtMost(content, limits.maxBytes());
        MediaType detected;
        try (TikaInputStream tis = TikaInputStream.get(data)) {
            detected = detectByContent(tis);
        }
        if (!PDF.equals(detected.getBaseType().toString())) {
            throw new ContentRefusedException("Not a PDF document: its content is " + detected);
        }
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        try (TikaInputStream tis = TikaInputStream.get(data)) {
            pdfParser.parse(tis, handler, new Metadata(), new ParseContext());
            return new ExtractedText(handler.toString(), false);
        } catch (SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new ExtractedText(handler.toString(), true);
            }
            throw new ContentRefusedException("The PDF document cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            // The bytes are in memory: a read failure here is a damaged document, not a lost stream.
            throw new ContentRefusedException("The PDF document cannot be read: " + e.getMessage(), e);
        }
    }

    private MediaType detectByContent(TikaInputStream tis) throws IOException {
        // An empty Metadata: no name and no declared type, so only the bytes decide.
        return mimeTypes.detect(tis, new Metadata());
    }

    private Detection compare(MediaType detected, String declaredName, String declaredType) {
        MediaType declared = declaredType(declaredName, declaredType);
        boolean mismatch = declared != null && !OCTET_STREAM.equals(declared) && !compatible(detected, declared);
        return new Detection(detected.toString(), declared == null ? null : declared.toString(), mismatch);
    }

    private MediaType declaredType(String declaredName, String declaredType) {
        if (declaredType != null && !declaredType.isBlank()) {
            MediaType parsed = MediaType.parse(declaredType.trim());
            if (parsed != null) {
                return mimeTypes.getMediaTypeRegistry().normalize(parsed.getBaseType());
            }
        }
        if (declaredName != null && !declaredName.isBlank()) {
            MimeType byName = mimeTypes.getMimeType(declaredName);
            MediaType type = byName.getType();
            return OCTET_STREAM.equals(type) ? null : type;
        }
        return null;
    }

    private boolean compatible(MediaType detected, MediaType declared) {
        MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
        MediaType d = registry.normalize(detected.getBaseType());
        // A declared subtype of what the bytes show (text/csv for plain text, a Word template for
        // an OLE2 file) is not a lie, nor is a more specific detection than the declared type.
        return d.equals(declared) || registry.isInstanceOf(declared, d) || registry.isInstanceOf(d, declared);
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, ContentRefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new ContentRefusedException("Larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Keeps the caller's stream open when Tika's wrapper is closed. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
