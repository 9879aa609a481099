package org.switchboard.server.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins in a row to one account
 * id (known or not, so that a refusal tells nothing about which ids exist) from one network address,
 * further logins to it from there are refused (429) for {@link #FIRST_PAUSE}, a time that doubles with
 * each further failure up to {@link #LONGEST_PAUSE}. A login that succeeds starts the count again.
 * Counted per address as well as per account, so that someone guessing elsewhere cannot lock an
 * agent out of their own desk.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    /** Ids followed at once; past this the ones no longer paused are forgotten. */
    static final int MAX_FOLLOWED = 10_000;

    private record Failures(int count, Instant pausedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** 429 while logins to {@code id} from {@code address} are paused. */
    public void check(String id, String address) {
        Failures f = failures.get(key(id, address));
        Instant now = clock.instant();
        if (f != null && f.pausedUntil() != null && now.isBefore(f.pausedUntil())) {
            long seconds = Math.max(1, Duration.between(now, f.pausedUntil()).toSeconds());
            throw new ApiException(429, "too-many-attempts",
                    "Too many failed logins to this account: try again in " + seconds + " s.");
        }
    }

    public void failed(String id, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_FOLLOWED) {
            failures.values().removeIf(f -> f.pausedUntil() == null || !now.isBefore(f.pausedUntil()));
        }
        failures.compute(key(id, address), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            if (count < FREE_FAILURES) {
                return new Failures(count, null);
            }
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(count - FREE_FAILURES, 10));
            return new Failures(count, now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause));
        });
    }

    public void succeeded(String id, String address) {
        failures.remove(key(id, address));
    }

    private static String key(String id, String address) {
        return (id == null ? "" : id) + '\n' + (address == null ? "" : address);
    }
}
