package org.switchboard.server.core;

import java.time.Instant;

/**
 * The customer of a chat started or stopped typing. A customer's application repeats {@code typing}
 * while the customer types, so a client clears the indicator after a few seconds without one.
 *
 * @param at when the server received it
 */
public record CustomerTyping(String interactionId, boolean typing, Instant at) {
}
