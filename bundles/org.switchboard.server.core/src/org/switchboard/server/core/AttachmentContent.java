package org.switchboard.server.core;

/** A picture's bytes, of the media type found in its content. */
public record AttachmentContent(String fileName, String mediaType, byte[] bytes) {
}
