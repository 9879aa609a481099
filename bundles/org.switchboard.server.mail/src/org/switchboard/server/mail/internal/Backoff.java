package org.switchboard.server.mail.internal;

import java.time.Duration;

/** Waits between attempts to reach a mail server: doubling from the first wait up to the longest. */
final class Backoff {

    private final Duration first;
    private final Duration longest;
    private Duration next;

    Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    Duration next() {
        Duration now = next;
        next = next.multipliedBy(2).compareTo(longest) > 0 ? longest : next.multipliedBy(2);
        return now;
    }

    void reset() {
        next = first;
    }
}
