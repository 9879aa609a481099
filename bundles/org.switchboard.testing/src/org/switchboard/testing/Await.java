package org.switchboard.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits on a condition, polling, and fails saying what did not come about. */
public final class Await {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    private static final long POLL_NANOS = Duration.ofMillis(20).toNanos();

    private Await() {
    }

    /** Returns as soon as {@code condition} holds; fails after {@code timeout} naming {@code what}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        value(what, timeout, condition::getAsBoolean, Boolean::booleanValue);
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT_TIMEOUT, condition);
    }

    /**
     * Reads {@code value} until it passes {@code accepted} and returns it; fails after {@code timeout}
     * with the last value read.
     */
    public static <T> T value(String what, Duration timeout, Supplier<T> value, Predicate<? super T> accepted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!accepted.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms for " + what + "; last: " + last);
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
            last = value.get();
        }
        return last;
    }
}
