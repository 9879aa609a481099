package org.switchboard.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.switchboard.store.CallListEntry;
import org.switchboard.store.CallListStore;
import org.switchboard.store.StoreException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

/** Redial history and favorites on EclipseLink and their own H2 file, beside the outbox's. */
public final class JpaCallListStore implements CallListStore {

    static final String UNIT = "switchboard-calls";
    static final String DATABASE_NAME = "call-lists";
    private static final Set<String> KINDS = Set.of("AGENT", "QUEUE", "ENTRY_POINT", "NUMBER");

    private final EntityManagerFactory emf;

    private JpaCallListStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public static JpaCallListStore open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        return new JpaCallListStore(JpaLocalStore.factory(UNIT, url, dir));
    }

    @Override
    public CallListEntry recordDialled(String agentId, String kind, String target, String name, Instant at) {
        String owner = owner(agentId);
        String k = kind(kind);
        String t = target(target);
        String n = name(name, t);
        return inTransaction(em -> {
            List<DialledItem> same = em.createNamedQuery(DialledItem.SAME, DialledItem.class)
                    .setParameter("owner", owner).setParameter("kind", k).setParameter("target", t).getResultList();
            DialledItem item;
            if (same.isEmpty()) {
                item = new DialledItem(owner, k, t, n, at);
                em.persist(item);
            } else {
                item = same.get(0);
                item.touch(n, at);
            }
            em.flush();
            List<DialledItem> all = em.createNamedQuery(DialledItem.OF_OWNER, DialledItem.class)
                    .setParameter("owner", owner).getResultList();
            for (DialledItem old : all.subList(Math.min(all.size(), MAX_HISTORY), all.size())) {
                em.remove(old);
            }
            return item.toEntry();
        });
    }

    @Override
    public List<CallListEntry> history(String agentId) {
        String owner = owner(agentId);
        return read(em -> em.createNamedQuery(DialledItem.OF_OWNER, DialledItem.class).setParameter("owner", owner)
                .setMaxResults(MAX_HISTORY).getResultStream().map(CallListItem::toEntry).toList());
    }

    @Override
    public CallListEntry addFavorite(String agentId, String kind, String target, String name, Instant at) {
        String owner = owner(agentId);
        String k = kind(kind);
        String t = target(target);
        String n = name(name, t);
        return inTransaction(em -> {
            List<FavoriteItem> same = favorite(em, owner, k, t);
            FavoriteItem item;
            if (same.isEmpty()) {
                item = new FavoriteItem(owner, k, t, n, at);
                em.persist(item);
            } else {
                item = same.get(0);
                item.touch(n, at);
            }
            return item.toEntry();
        });
    }

    @Override
    public boolean removeFavorite(String agentId, String kind, String target) {
        String owner = owner(agentId);
        String k = kind(kind);
        String t = target(target);
        return inTransaction(em -> {
            List<FavoriteItem> same = favorite(em, owner, k, t);
            same.forEach(em::remove);
            return !same.isEmpty();
        });
    }

    @Override
    public List<CallListEntry> favorites(String agentId) {
        String owner = owner(agentId);
        return read(em -> em.createNamedQuery(FavoriteItem.OF_OWNER, FavoriteItem.class).setParameter("owner", owner)
                .getResultStream().map(CallListItem::toEntry).toList());
    }

    @Override
    public void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }

    private static List<FavoriteItem> favorite(EntityManager em, String owner, String kind, String target) {
        return em.createNamedQuery(FavoriteItem.SAME, FavoriteItem.class).setParameter("owner", owner)
                .setParameter("kind", kind).setParameter("target", target).getResultList();
    }

    private static String owner(String agentId) {
        if (agentId == null || agentId.isBlank() || agentId.length() > 128) {
            throw new IllegalArgumentException("An agent id of 1 to 128 characters is required");
        }
        return agentId;
    }

    private static String kind(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("The kind must be one of " + KINDS + ", not " + kind);
        }
        return kind;
    }

    private static String target(String target) {
        if (target == null || target.isBlank() || target.length() > MAX_TARGET) {
            throw new IllegalArgumentException("A target of 1 to " + MAX_TARGET + " characters is required");
        }
        return target.strip();
    }

    private static String name(String name, String target) {
        String n = name == null || name.isBlank() ? target : name.strip();
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    private <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } catch (PersistenceException e) {
            throw new StoreException("Reading the call lists failed", e);
        } finally {
            em.close();
        }
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
            throw new StoreException("Writing the call lists failed", e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
