package org.switchboard.store.internal;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.switchboard.store.DuplicateRequestException;
import org.switchboard.store.OutboxEntry;
import org.switchboard.store.OutboxState;
import org.switchboard.store.OutboxStore;
import org.switchboard.store.StoreException;

final class JpaOutboxStore implements OutboxStore {

    /** SQLSTATE of a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final H2Database database;

    JpaOutboxStore(H2Database database) {
        this.database = database;
    }

    @Override
    public OutboxEntry append(String requestId, String kind, String payload) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        OutboxItem item = new OutboxItem(requestId, kind, payload, Instant.now());
        try {
            return database.inTransaction(em -> {
                em.persist(item);
                em.flush();
                return item.toEntry();
            });
        } catch (StoreException e) {
            // The unique constraint is the guard, so two writers racing on one requestId are
            // refused as well.
            if (isUniqueViolation(e)) {
                throw new DuplicateRequestException(requestId, e.getCause());
            }
            throw e;
        }
    }

    @Override
    public List<OutboxEntry> pending() {
        return inState(OutboxState.PENDING);
    }

    @Override
    public List<OutboxEntry> failed() {
        return inState(OutboxState.FAILED);
    }

    private List<OutboxEntry> inState(OutboxState state) {
        return database.read(em -> em.createNamedQuery(OutboxItem.BY_STATE, OutboxItem.class)
                .setParameter("state", state)
                .getResultStream()
                .map(OutboxItem::toEntry)
                .toList());
    }

    @Override
    public long countPending() {
        return database.read(em -> em.createNamedQuery(OutboxItem.COUNT_BY_STATE, Long.class)
                .setParameter("state", OutboxState.PENDING)
                .getSingleResult());
    }

    @Override
    public boolean markSent(String requestId) {
        return update(requestId, OutboxItem::markSent);
    }

    @Override
    public boolean markFailed(String requestId, String error, boolean retryable) {
        return update(requestId, item -> item.markFailed(error, retryable));
    }

    private boolean update(String requestId, Consumer<OutboxItem> change) {
        return database.inTransaction(em -> {
            List<OutboxItem> found = em.createNamedQuery(OutboxItem.BY_REQUEST_ID, OutboxItem.class)
                    .setParameter("requestId", requestId)
                    .getResultList();
            if (found.isEmpty()) {
                return false;
            }
            change.accept(found.get(0));
            return true;
        });
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
