package org.switchboard.server.core;

/**
 * An action an agent asks for on an interaction: a voice {@code CallAction} or chat
 * {@code ChatAction} name (and WRAP_UP for chats). {@code requestId} makes it idempotent: a
 * repeated request id is answered again with the first outcome and not applied twice.
 */
public record ActionCommand(String action, ActionParams params, String requestId) {
}
