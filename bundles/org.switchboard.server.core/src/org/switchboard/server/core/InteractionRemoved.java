package org.switchboard.server.core;

public record InteractionRemoved(String interactionId) {
}
