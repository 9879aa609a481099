package org.switchboard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.switchboard.store.CannedResponseEntry;
import org.switchboard.store.CannedResponseStore;
import org.switchboard.store.StoreException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

/** Canned responses on EclipseLink and their own H2 file, beside the outbox's. */
public final class JpaCannedResponseStore implements CannedResponseStore {

    static final String UNIT = "switchboard-canned";
    static final String DATABASE_NAME = "canned-responses";

    private final EntityManagerFactory emf;

    private JpaCannedResponseStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public static JpaCannedResponseStore open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        return new JpaCannedResponseStore(JpaLocalStore.factory(UNIT, url, dir));
    }

    @Override
    public CannedResponseEntry create(String owner, String title, String text) {
        CannedResponseItem item = new CannedResponseItem(owner(owner), title(title), text(text), Instant.now());
        return inTransaction(em -> {
            em.persist(item);
            em.flush();
            return item.toEntry();
        });
    }

    @Override
    public Optional<CannedResponseEntry> update(long id, String owner, String title, String text) {
        String o = owner(owner);
        String t = title(title);
        String x = text(text);
        return inTransaction(em -> {
            CannedResponseItem item = em.find(CannedResponseItem.class, id);
            if (item == null) {
                return Optional.empty();
            }
            item.change(o, t, x, Instant.now());
            return Optional.of(item.toEntry());
        });
    }

    @Override
    public boolean delete(long id) {
        return inTransaction(em -> {
            CannedResponseItem item = em.find(CannedResponseItem.class, id);
            if (item == null) {
                return false;
            }
            em.remove(item);
            return true;
        });
    }

    @Override
    public List<CannedResponseEntry> search(String agentId, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        EntityManager em = emf.createEntityManager();
        try {
            return em.createNamedQuery(CannedResponseItem.VISIBLE_TO, CannedResponseItem.class)
                    .setParameter("agent", agentId == null ? "" : agentId)
                    .setParameter("query", like)
                    .getResultStream().map(CannedResponseItem::toEntry).toList();
        } catch (PersistenceException e) {
            throw new StoreException("Reading the canned responses failed", e);
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }

    private static String owner(String owner) {
        return owner == null || owner.isBlank() ? null : owner.strip();
    }

    private static String title(String title) {
        return bounded(title, MAX_TITLE, "title");
    }

    private static String text(String text) {
        return bounded(text, MAX_TEXT, "text");
    }

    private static String bounded(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A canned response needs a " + what);
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("A canned response's " + what + " holds at most " + max + " characters");
        }
        return value;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (PersistenceException e) {
            throw new StoreException("Writing the canned responses failed", e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
