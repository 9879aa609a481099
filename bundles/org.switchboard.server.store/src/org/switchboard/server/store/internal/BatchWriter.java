package org.switchboard.server.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * Applies the store's writes on one thread, in the order they were made, as many per transaction as
 * have queued up (at most {@link #MAX_BATCH}): under load a commit carries hundreds of rows instead
 * of one. A batch the database refuses is applied again one write per transaction, so one bad row
 * loses only itself. Failures are logged by kind only: a database message can quote the values of a
 * row, and a row can hold a secure call variable.
 */
final class BatchWriter implements AutoCloseable {

    static final int MAX_BATCH = 500;
    private static final System.Logger LOG = System.getLogger(BatchWriter.class.getName());

    /** One write: what it does in a transaction, and what it is called in a log line. */
    record Write(String kind, Consumer<EntityManager> apply) {
    }

    private final EntityManagerFactory emf;
    private final Queue<Write> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-server-store");
        t.setDaemon(true);
        return t;
    });

    BatchWriter(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Queues the write; returns at once. */
    void submit(Write write) {
        if (thread.isShutdown()) {
            LOG.log(System.Logger.Level.WARNING, "server store closed: a write was dropped (" + write.kind() + ")");
            return;
        }
        queued.add(write);
        scheduleDrain();
    }

    /** Waits until every write queued before the call is applied (or the writer is closed). */
    void awaitQueued() {
        try {
            thread.submit(this::drain).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store's writes", e);
        } catch (ExecutionException | RejectedExecutionException e) {
            // closed: what is there is what can be read
        }
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            try {
                thread.execute(this::drainUntilIdle);
            } catch (RejectedExecutionException closed) {
                draining.set(false);
            }
        }
    }

    private void drainUntilIdle() {
        do {
            drain();
            draining.set(false);
            // a write queued after the last poll but before the flag fell is taken here: once the
            // writer is closing, no new task could take it
        } while (!queued.isEmpty() && draining.compareAndSet(false, true));
    }

    private void drain() {
        List<Write> batch = new ArrayList<>();
        for (Write w = queued.poll(); w != null; w = queued.poll()) {
            batch.add(w);
            if (batch.size() == MAX_BATCH) {
                apply(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            apply(batch);
        }
    }

    private void apply(List<Write> batch) {
        if (commit(batch)) {
            return;
        }
        for (Write w : batch) {
            if (batch.size() == 1 || !commit(List.of(w))) {
                LOG.log(System.Logger.Level.ERROR, "server store write failed: " + w.kind());
            }
        }
    }

    private boolean commit(List<Write> writes) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            for (Write w : writes) {
                w.apply().accept(em);
            }
            tx.commit();
            return true;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            LOG.log(System.Logger.Level.DEBUG, "server store batch of " + writes.size() + " refused ("
                    + Columns.kind(e) + ")");
            return false;
        } finally {
            em.close();
        }
    }

    /** Applies what is queued (waiting at most {@code seconds}) and stops the thread. */
    void close(long seconds) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(seconds, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "server store: writes still pending at close were dropped");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
        if (!queued.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "server store: " + queued.size() + " writes queued at close were dropped");
        }
    }

    @Override
    public void close() {
        close(30);
    }
}
