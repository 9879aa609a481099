package org.switchboard.server.rest.internal;

/** The body of every 4xx and 5xx answer; {@code rule} names the core rule when one refused. */
public record ApiError(String error, String message, String rule) {
}
