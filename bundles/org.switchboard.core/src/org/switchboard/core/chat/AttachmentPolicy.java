package org.switchboard.core.chat;

import java.util.Locale;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** Which customer pictures are taken: refused by type and size before anything parses them. */
public record AttachmentPolicy(Set<String> allowedTypes, long maxBytes) {

    public AttachmentPolicy {
        allowedTypes = Set.copyOf(Require.present(allowedTypes, "allowed types"));
        if (maxBytes <= 0) {
            throw new ActionRefusedException(Rule.MISSING_VALUE, "maximum size");
        }
    }

    /** JPEG, PNG, GIF, WebP and HEIC pictures up to 10 MB. */
    public static AttachmentPolicy pictures() {
        return new AttachmentPolicy(Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic"),
                10L * 1024 * 1024);
    }

    public void check(Attachment a) {
        Require.present(a, "attachment");
        if (!allowedTypes.contains(a.mediaType().toLowerCase(Locale.ROOT))) {
            throw new ActionRefusedException(Rule.ATTACHMENT_TYPE_NOT_ALLOWED, a.mediaType());
        }
        if (a.sizeBytes() > maxBytes) {
            throw new ActionRefusedException(Rule.ATTACHMENT_TOO_LARGE, a.sizeBytes() + " > " + maxBytes + " bytes");
        }
    }
}
