package org.switchboard.chat.ui.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;

/** Pictures a customer might send: a real photo-like PNG, and the hostile files the server must refuse. */
final class TestPictures {

    private TestPictures() {
    }

    /** A real, decodable PNG of {@code width} x {@code height}: a colour gradient. */
    static byte[] png(int width, int height) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data.setPixel(x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | 0x60);
            }
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.save(out, SWT.IMAGE_PNG);
        return out.toByteArray();
    }

    /** A PNG signature and a header declaring {@code width} x {@code height}, with no real image behind it. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        out.writeBytes(ByteBuffer.allocate(8).putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).array());
        out.writeBytes(ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array());
        out.writeBytes(new byte[] { 0x12, 0x34, 0x56, 0x78 });
        out.writeBytes("IDAT-bomb".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A file over 10 MB that starts like a PNG. */
    static byte[] oversize() {
        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        byte[] head = pngHeader(10, 10);
        System.arraycopy(head, 0, huge, 0, head.length);
        return huge;
    }
}
