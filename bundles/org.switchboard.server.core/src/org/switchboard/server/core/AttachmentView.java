package org.switchboard.server.core;

import java.time.Instant;

/**
 * A picture the customer sent, fetched at {@code /interactions/{id}/attachments/{index}}.
 *
 * @param mediaType the type found in its content (not the one it was sent as)
 */
public record AttachmentView(int index, String fileName, String mediaType, long sizeBytes, int width, int height,
        String from, Instant at) {
}
