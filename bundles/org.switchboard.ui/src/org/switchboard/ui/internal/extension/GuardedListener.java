package org.switchboard.ui.internal.extension;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.osgi.util.NLS;
import org.switchboard.extension.InteractionEvent;
import org.switchboard.extension.InteractionListener;

/**
 * One extension's listener behind a guard: called on a thread of its own, so that a listener that
 * throws, blocks or cannot keep up costs the desktop nothing; turned off when it misbehaves (the
 * limits are {@link InteractionListener}'s).
 */
final class GuardedListener {

    private static final System.Logger LOG = System.getLogger(GuardedListener.class.getName());
    private static final long MAX_CALL_NANOS = TimeUnit.SECONDS.toNanos(InteractionListener.MAX_CALL_SECONDS);

    /** Told once when an extension's listener is turned off: the extension's name and why, in words. */
    interface TurnedOff {
        void turnedOff(String extension, String why);
    }

    private final String extension;
    private final InteractionListener listener;
    private final TurnedOff turnedOff;
    private final ExecutorService thread;
    private final AtomicInteger behind = new AtomicInteger();
    private final AtomicBoolean off = new AtomicBoolean();
    /** When the call in progress began (System.nanoTime), 0 when none is. */
    private volatile long callStarted;
    private int failuresInARow;

    GuardedListener(String extension, InteractionListener listener, TurnedOff turnedOff) {
        this.extension = extension;
        this.listener = listener;
        this.turnedOff = turnedOff;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "switchboard-extension-" + extension);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues the event for the listener; returns at once. */
    void deliver(InteractionEvent event) {
        if (off.get()) {
            return;
        }
        if (behind.incrementAndGet() > InteractionListener.MAX_EVENTS_BEHIND) {
            turnOff(NLS.bind(Messages.fellBehind, InteractionListener.MAX_EVENTS_BEHIND));
            return;
        }
        try {
            thread.execute(() -> call(event));
        } catch (RejectedExecutionException stopped) {
            // turned off meanwhile
        }
    }

    private void call(InteractionEvent event) {
        behind.decrementAndGet();
        if (off.get()) {
            return;
        }
        callStarted = System.nanoTime();
        try {
            listener.interactionChanged(event);
            failuresInARow = 0;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "extension " + extension + " failed on " + event.kind(), e);
            if (++failuresInARow >= InteractionListener.MAX_FAILURES_IN_A_ROW) {
                turnOff(NLS.bind(Messages.failed, InteractionListener.MAX_FAILURES_IN_A_ROW, e.toString()));
            }
        } finally {
            callStarted = 0;
        }
    }

    /** Turns the listener off if its call in progress has taken too long by {@code nowNanos}. */
    void check(long nowNanos) {
        long started = callStarted;
        if (started != 0 && nowNanos - started > MAX_CALL_NANOS) {
            turnOff(NLS.bind(Messages.blocked, InteractionListener.MAX_CALL_SECONDS));
        }
    }

    boolean isOff() {
        return off.get();
    }

    private void turnOff(String why) {
        if (off.compareAndSet(false, true)) {
            thread.shutdownNow();
            LOG.log(System.Logger.Level.WARNING, "extension " + extension + " turned off: " + why);
            turnedOff.turnedOff(extension, why);
        }
    }

    void close() {
        off.set(true);
        thread.shutdownNow();
    }
}
