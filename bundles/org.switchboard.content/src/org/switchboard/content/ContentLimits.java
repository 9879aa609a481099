package org.switchboard.content;

/**
 * How much of an attachment is looked at: inputs above {@code maxBytes} are refused before they
 * are parsed, and extracted text stops after {@code maxChars} characters.
 */
public record ContentLimits(long maxBytes, int maxChars) {

    /** 20 MB in, 1 million characters out. */
    public static final ContentLimits DEFAULT = new ContentLimits(20L * 1024 * 1024, 1_000_000);

    public ContentLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }
}
