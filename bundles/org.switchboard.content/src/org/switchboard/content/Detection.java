package org.switchboard.content;

/**
 * What an attachment is, judged by its bytes, next to what it claims to be.
 *
 * @param detectedType the media type found in the content, for example {@code image/png};
 *                     {@code application/octet-stream} when nothing is recognised
 * @param declaredType the type the sender declared, or the one its file name implies;
 *                     {@code null} when neither says anything
 * @param mismatch     {@code true} when a declared type exists and the content is not of it
 */
public record Detection(String detectedType, String declaredType, boolean mismatch) {
}
