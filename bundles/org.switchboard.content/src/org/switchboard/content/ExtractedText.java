package org.switchboard.content;

/**
 * Text taken out of a document.
 *
 * @param text      the text, at most the configured number of characters
 * @param truncated {@code true} when the document held more text than the limit allowed
 */
public record ExtractedText(String text, boolean truncated) {
}
