package org.switchboard.server.core.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;

/**
 * The one thread all of the contact center's state is confined to, and its ticks. A caller on any
 * other thread hands its work over and waits for it; work already on the loop runs at once.
 */
final class EventLoop {

    private static final System.Logger LOG = System.getLogger(EventLoop.class.getName());
    private static final Duration CALL_WAIT = Duration.ofSeconds(10);

    private final ScheduledExecutorService loop;
    private volatile Thread thread;
    private volatile boolean closed;

    EventLoop() {
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-contact-center");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs {@code tick} every {@code period} (at least 1 ms) from one period on; a failed tick is logged. */
    void tickEvery(Duration period, Runnable tick) {
        long ms = Math.max(1, period.toMillis());
        loop.scheduleWithFixedDelay(() -> {
            try {
                tick.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "tick failed", e);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed;
    }

    /** Runs {@code work} on the loop and waits for it (up to 10 s); its exception is thrown here. */
    <T> T call(Callable<T> work) {
        if (Thread.currentThread() == thread) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (closed) {
            throw new ServerRefusal(Reason.CONFLICT, "the contact center is stopped");
        }
        Future<T> f;
        try {
            f = loop.submit(work);
        } catch (RejectedExecutionException stopping) {
            throw new ServerRefusal(Reason.CONFLICT, "the contact center is stopped");
        }
        try {
            return f.get(CALL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new IllegalStateException("interrupted while waiting for the contact center", e);
        } catch (TimeoutException e) {
            f.cancel(false);
            throw new IllegalStateException("the contact center did not answer within " + CALL_WAIT);
        }
    }

    /** Runs {@code work} on the loop later, without waiting; nothing once the loop stopped. */
    void later(Runnable work) {
        if (closed) {
            return;
        }
        try {
            loop.execute(() -> {
                try {
                    if (!closed) {
                        work.run();
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "work on the contact center's loop failed", e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // the contact center stops
        }
    }

    /** Stops the loop; work handed over after this is refused. */
    void close() {
        closed = true;
        loop.shutdownNow();
    }
}
