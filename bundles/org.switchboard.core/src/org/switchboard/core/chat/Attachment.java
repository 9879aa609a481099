package org.switchboard.core.chat;

import org.switchboard.core.internal.Require;

/** A file a customer sent: a picture from a mobile chat, kept as type and size until it is fetched. */
public record Attachment(String fileName, String mediaType, long sizeBytes) {

    public Attachment {
        Require.text(fileName, "file name");
        Require.text(mediaType, "media type");
        if (sizeBytes < 0) {
            throw new org.switchboard.core.ActionRefusedException(org.switchboard.core.Rule.MISSING_VALUE, "size");
        }
    }
}
