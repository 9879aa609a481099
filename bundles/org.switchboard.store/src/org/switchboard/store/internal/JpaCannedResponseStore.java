package org.switchboard.store.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.switchboard.store.CannedResponseEntry;
import org.switchboard.store.CannedResponseStore;

/** Canned responses on EclipseLink and their own H2 file, beside the outbox's. */
public final class JpaCannedResponseStore implements CannedResponseStore {

    static final String UNIT = "switchboard-canned";
    static final String DATABASE_NAME = "canned-responses";

    private final H2Database database;

    private JpaCannedResponseStore(H2Database database) {
        this.database = database;
    }

    public static JpaCannedResponseStore open(Path directory) {
        return new JpaCannedResponseStore(H2Database.open(directory, DATABASE_NAME, UNIT, "the canned responses"));
    }

    @Override
    public CannedResponseEntry create(String owner, String title, String text) {
        CannedResponseItem item = new CannedResponseItem(owner(owner), title(title), text(text), Instant.now());
        return database.inTransaction(em -> {
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
        return database.inTransaction(em -> {
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
        return database.inTransaction(em -> {
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
        return database.read(em -> em.createNamedQuery(CannedResponseItem.VISIBLE_TO, CannedResponseItem.class)
                .setParameter("agent", agentId == null ? "" : agentId)
                .setParameter("query", like)
                .getResultStream().map(CannedResponseItem::toEntry).toList());
    }

    @Override
    public void close() {
        database.close();
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
}
