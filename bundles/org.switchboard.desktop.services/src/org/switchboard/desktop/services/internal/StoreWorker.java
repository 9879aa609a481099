package org.switchboard.desktop.services.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One store of the local database, opened when first used and then used on one worker thread of
 * its own, never on the caller's; every request returns at once.
 */
final class StoreWorker<S extends AutoCloseable> {

    private final Supplier<S> opener;
    private final ExecutorService worker;
    private S store;

    /** @param opener opens the store; runs on the worker thread */
    StoreWorker(String threadName, Supplier<S> opener) {
        this.opener = opener;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on the store, on the worker thread. */
    <T> CompletableFuture<T> submit(Function<S, T> work) {
        return CompletableFuture.supplyAsync(() -> work.apply(store()), worker);
    }

    /** Closes the store; the next request opens it again. */
    CompletableFuture<Void> closeStore() {
        return CompletableFuture.runAsync(this::close, worker);
    }

    /** Closes the store and stops the worker, waiting a few seconds for what it is writing. */
    void shutdown() {
        worker.execute(this::close);
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private S store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    private void close() {
        if (store != null) {
            try {
                store.close();
            } catch (Exception e) {
                throw new IllegalStateException("the local store did not close: " + e.getMessage(), e);
            } finally {
                store = null;
            }
        }
    }
}
