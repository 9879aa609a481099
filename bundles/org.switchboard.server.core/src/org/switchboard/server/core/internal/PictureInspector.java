package org.switchboard.server.core.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

/**
 * The media type of a customer's picture by its content, and its dimensions read from the header,
 * before anything decodes it: a picture whose header declares more pixels than {@link #MAX_PIXELS}
 * (a decompression bomb: kilobytes that decode to gigabytes) is refused, as is one whose dimensions
 * cannot be found.
 */
final class PictureInspector {

    /** 50 megapixels: more than phone cameras take, far less than a bomb declares. */
    static final long MAX_PIXELS = 50_000_000L;

    record Picture(String mediaType, int width, int height) {
    }

    private PictureInspector() {
    }

    /** The type by content, or null when it is none of the picture formats the server knows. */
    static String typeOf(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return "image/gif";
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(b, 4, "ftyp") && (ascii(b, 8, "heic") || ascii(b, 8, "heix") || ascii(b, 8, "mif1"))) {
            return "image/heic";
        }
        return null;
    }

    /** Type and dimensions; refused when the type is unknown, the header unreadable or too many pixels. */
    static Picture inspect(byte[] b) {
        String type = typeOf(b);
        if (type == null) {
            throw new ActionRefusedException(Rule.ATTACHMENT_TYPE_NOT_ALLOWED, "not a picture by its content");
        }
        long[] wh = switch (type) {
            case "image/png" -> b.length >= 24 && ascii(b, 12, "IHDR") ? new long[] {u32(b, 16), u32(b, 20)} : null;
            case "image/gif" -> b.length >= 10 ? new long[] {u16le(b, 6), u16le(b, 8)} : null;
            case "image/jpeg" -> jpeg(b);
            case "image/webp" -> webp(b);
            default -> heic(b);
        };
        if (wh == null || wh[0] <= 0 || wh[1] <= 0) {
            throw new ActionRefusedException(Rule.ATTACHMENT_UNREADABLE, type + " without readable dimensions");
        }
        if (wh[0] * wh[1] > MAX_PIXELS) {
            throw new ActionRefusedException(Rule.ATTACHMENT_TOO_MANY_PIXELS,
                    wh[0] + " x " + wh[1] + " > " + MAX_PIXELS + " pixels");
        }
        return new Picture(type, (int) wh[0], (int) wh[1]);
    }

    /** Walks the JPEG markers to the first start-of-frame, which holds height and width. */
    private static long[] jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = (int) u16(b, i + 2);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                return new long[] {u16(b, i + 7), u16(b, i + 5)};
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static long[] webp(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        if (ascii(b, 12, "VP8X")) {
            return new long[] {1 + u24le(b, 24), 1 + u24le(b, 27)};
        }
        if (ascii(b, 12, "VP8L")) {
            long bits = u32le(b, 21);
            return new long[] {1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)};
        }
        if (ascii(b, 12, "VP8 ")) {
            return new long[] {u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF};
        }
        return null;
    }

    /** The image spatial extents property ({@code ispe}) of the primary item. */
    private static long[] heic(byte[] b) {
        int limit = Math.min(b.length, 1 << 16) - 16;
        for (int i = 0; i < limit; i++) {
            if (ascii(b, i, "ispe")) {
                return new long[] {u32(b, i + 8), u32(b, i + 12)};
            }
        }
        return null;
    }

    private static boolean starts(byte[] b, int at, int... bytes) {
        if (b.length < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((b[at + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        if (b.length < at + t.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (b[at + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 4).order(ByteOrder.BIG_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    private static long u32le(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    private static long u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static long u16le(byte[] b, int at) {
        return ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
    }

    private static long u24le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((long) (b[at + 2] & 0xFF) << 16);
    }
}
