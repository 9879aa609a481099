package org.switchboard.server.core;

/** The outcome of a submitted action; {@code rule} and {@code message} are set when it was refused. */
public record ActionOutcome(String requestId, String interactionId, String action, String rule, String message) {
}
