package org.switchboard.store.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.switchboard.store.CallListEntry;
import org.switchboard.store.CallListStore;

import jakarta.persistence.EntityManager;

/** Redial history and favorites on EclipseLink and their own H2 file, beside the outbox's. */
public final class JpaCallListStore implements CallListStore {

    static final String UNIT = "switchboard-calls";
    static final String DATABASE_NAME = "call-lists";
    private static final Set<String> KINDS = Set.of("AGENT", "QUEUE", "ENTRY_POINT", "NUMBER");

    private final H2Database database;

    private JpaCallListStore(H2Database database) {
        this.database = database;
    }

    public static JpaCallListStore open(Path directory) {
        H2Database database = H2Database.open(directory, DATABASE_NAME, UNIT, "the call lists");
        try {
            EarlierCallListTables.moveInto(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new JpaCallListStore(database);
    }

    @Override
    public CallListEntry recordDialled(String agentId, String kind, String target, String name, Instant at) {
        String owner = owner(agentId);
        CallListItem.ListName list = CallListItem.ListName.DIALLED;
        return database.inTransaction(em -> {
            CallListItem item = put(em, owner, list, kind, target, name, at);
            em.flush();
            List<CallListItem> all = em.createNamedQuery(CallListItem.HISTORY, CallListItem.class)
                    .setParameter("owner", owner).setParameter("list", list).getResultList();
            for (CallListItem old : all.subList(Math.min(all.size(), MAX_HISTORY), all.size())) {
                em.remove(old);
            }
            return item.toEntry();
        });
    }

    @Override
    public List<CallListEntry> history(String agentId) {
        String owner = owner(agentId);
        return database.read(em -> em.createNamedQuery(CallListItem.HISTORY, CallListItem.class)
                .setParameter("owner", owner).setParameter("list", CallListItem.ListName.DIALLED).setMaxResults(MAX_HISTORY)
                .getResultStream().map(CallListItem::toEntry).toList());
    }

    @Override
    public CallListEntry addFavorite(String agentId, String kind, String target, String name, Instant at) {
        String owner = owner(agentId);
        return database.inTransaction(
                em -> put(em, owner, CallListItem.ListName.FAVORITE, kind, target, name, at).toEntry());
    }

    @Override
    public boolean removeFavorite(String agentId, String kind, String target) {
        String owner = owner(agentId);
        String k = kind(kind);
        String t = target(target);
        return database.inTransaction(em -> {
            List<CallListItem> same = same(em, owner, CallListItem.ListName.FAVORITE, k, t);
            same.forEach(em::remove);
            return !same.isEmpty();
        });
    }

    @Override
    public List<CallListEntry> favorites(String agentId) {
        String owner = owner(agentId);
        return database.read(em -> em.createNamedQuery(CallListItem.FAVORITES, CallListItem.class)
                .setParameter("owner", owner).setParameter("list", CallListItem.ListName.FAVORITE).getResultStream().map(CallListItem::toEntry).toList());
    }

    @Override
    public void close() {
        database.close();
    }

    /** Adds the entry to the list, or renames and moves up the one already there. */
    private static CallListItem put(EntityManager em, String owner, CallListItem.ListName list, String kind,
            String target, String name, Instant at) {
        String k = kind(kind);
        String t = target(target);
        String n = name(name, t);
        List<CallListItem> same = same(em, owner, list, k, t);
        if (same.isEmpty()) {
            CallListItem item = new CallListItem(owner, list, k, t, n, at);
            em.persist(item);
            return item;
        }
        CallListItem item = same.get(0);
        item.touch(n, at);
        return item;
    }

    private static List<CallListItem> same(EntityManager em, String owner, CallListItem.ListName list, String kind,
            String target) {
        return em.createNamedQuery(CallListItem.SAME, CallListItem.class).setParameter("owner", owner)
                .setParameter("list", list).setParameter("kind", kind).setParameter("target", target).getResultList();
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
}
