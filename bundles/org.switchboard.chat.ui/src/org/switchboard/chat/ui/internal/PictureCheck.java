package org.switchboard.chat.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.switchboard.desktop.services.ContentTypes;

/**
 * Checks a customer's picture before anything decodes it, then decodes it into image data (no
 * display needed, so this runs off the UI thread): size first, then the type found in its content
 * (which must be the one it was listed as and one this view can show), then the dimensions its
 * header declares, so that a small file that would decompress into a huge image is refused.
 */
final class PictureCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;
    static final int THUMBNAIL = 160;
    static final int FULL_WIDTH = 1200;
    static final int FULL_HEIGHT = 900;
    /** What SWT decodes on every platform; WebP and HEIC pictures are listed but not shown. */
    static final Set<String> SHOWN = Set.of("image/png", "image/jpeg", "image/gif");

    private final ContentTypes contentTypes;

    PictureCheck(ContentTypes contentTypes) {
        this.contentTypes = contentTypes;
    }

    /** A picture ready to show: its thumbnail and its full view, both at most the sizes above. */
    record Decoded(ImageData thumbnail, ImageData full, int width, int height) {
    }

    /** Why a picture is not shown; {@code rule} names the check. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String rule;

        Refused(String rule, String message) {
            super(message);
            this.rule = rule;
        }
    }

    Decoded check(byte[] bytes, String fileName, String listedType) throws Refused {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("TOO_LARGE", NLS.bind("it holds {0} bytes, more than {1}", bytes.length, MAX_BYTES));
        }
        String type;
        try {
            type = contentTypes.detect(bytes, null, listedType).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new Refused("UNREADABLE", "its type cannot be read: " + e.getMessage());
        }
        if (listedType != null && !type.equals(listedType.toLowerCase(Locale.ROOT))) {
            throw new Refused("MISLABELLED", NLS.bind("it is {0}, not the {1} it claims to be", type, listedType));
        }
        if (!SHOWN.contains(type)) {
            throw new Refused("TYPE_NOT_SHOWN", NLS.bind("{0} pictures are not shown", type));
        }
        int[] size = headerSize(bytes);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new Refused("TOO_MANY_PIXELS", NLS.bind("its header declares {0} x {1} pixels, more than {2}",
                    new Object[] { size[0], size[1], MAX_PIXELS }));
        }
        ImageData data;
        try {
            data = new ImageLoader().load(new ByteArrayInputStream(bytes))[0];
        } catch (SWTException | ArrayIndexOutOfBoundsException e) {
            throw new Refused("UNREADABLE", "it cannot be decoded: " + e.getMessage());
        }
        return new Decoded(scaled(data, THUMBNAIL, THUMBNAIL), scaled(data, FULL_WIDTH, FULL_HEIGHT), data.width,
                data.height);
    }

    /** Width and height from the header alone; nothing is decoded. */
    private static int[] headerSize(byte[] bytes) throws Refused {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("UNREADABLE", "no reader for its header");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("UNREADABLE", "its header cannot be read: " + e.getMessage());
        }
    }

    private static ImageData scaled(ImageData data, int maxWidth, int maxHeight) {
        double factor = Math.min(1.0, Math.min((double) maxWidth / data.width, (double) maxHeight / data.height));
        if (factor >= 1.0) {
            return data;
        }
        return data.scaledTo(Math.max(1, (int) (data.width * factor)), Math.max(1, (int) (data.height * factor)));
    }
}
