package org.switchboard.server.core;

/** @param interactionId the interaction concerned, or null */
public record Notice(String interactionId, String rule, String message) {
}
