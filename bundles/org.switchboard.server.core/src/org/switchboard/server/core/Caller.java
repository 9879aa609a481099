package org.switchboard.server.core;

/** Who the simulated customer is, as caller data. Either may be null. */
public record Caller(String name, String number) {
}
