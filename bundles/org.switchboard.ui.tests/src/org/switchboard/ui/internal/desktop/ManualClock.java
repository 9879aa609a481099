package org.switchboard.ui.internal.desktop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real time plus what the test moved it by, so the offer timeout (RONA) comes without waiting for
 * it, while times the server sends the desktop (the privacy shield's resume time) read as on a server
 * whose clock agrees with the desktop's.
 */
final class ManualClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    void advance(Duration d) {
        ahead = ahead.plus(d);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
