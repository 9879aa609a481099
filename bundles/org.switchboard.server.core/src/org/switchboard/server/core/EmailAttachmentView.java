package org.switchboard.server.core;

/**
 * An attachment of an email as agents see it.
 *
 * @param mediaType the type its content was found to be, not what its header claimed
 * @param refusal   why it was not kept (too large, a type never accepted), or null
 */
public record EmailAttachmentView(String fileName, String mediaType, long size, String refusal) {
}
