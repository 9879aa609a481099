package org.switchboard.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves, so time-driven rules (offer timeouts, wrap-up limits, the privacy shield)
 * run without waiting for them.
 */
public final class ManualClock extends Clock {

    /** Where a standing clock starts. */
    public static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    private ManualClock(Clock base) {
        this.base = base;
    }

    /** A clock that stands at {@link #START} until the test moves it. */
    public ManualClock() {
        this(Clock.fixed(START, ZoneOffset.UTC));
    }

    /**
     * The real time plus what the test moved it by: for a server whose times a desktop shows (a
     * countdown to a resume time), so they read as on a server whose clock agrees with the desktop's.
     */
    public static ManualClock aheadOfSystemTime() {
        return new ManualClock(Clock.systemUTC());
    }

    public void advance(Duration d) {
        ahead = ahead.plus(d);
    }

    /** How far the test has moved this clock. */
    public Duration ahead() {
        return ahead;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
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
