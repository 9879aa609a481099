package org.switchboard.store.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.switchboard.store.DraftStore;

/** Drafts on EclipseLink and their own H2 file, beside the outbox's. */
public final class JpaDraftStore implements DraftStore {

    static final String UNIT = "switchboard-drafts";
    static final String DATABASE_NAME = "drafts";

    private final H2Database database;

    private JpaDraftStore(H2Database database) {
        this.database = database;
    }

    public static JpaDraftStore open(Path directory) {
        return new JpaDraftStore(H2Database.open(directory, DATABASE_NAME, UNIT, "the drafts"));
    }

    private static String key(String agentId, String interactionId) {
        if (agentId == null || agentId.isBlank() || interactionId == null || interactionId.isBlank()
                || agentId.length() + interactionId.length() > 290) {
            throw new IllegalArgumentException("a draft needs an agent and an interaction");
        }
        return agentId + "/" + interactionId;
    }

    @Override
    public void save(String agentId, String interactionId, String text) {
        String key = key(agentId, interactionId);
        String body = text == null ? "" : text;
        if (body.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a draft holds at most " + MAX_TEXT + " characters");
        }
        database.inTransaction(em -> {
            DraftItem item = em.find(DraftItem.class, key);
            if (item == null) {
                em.persist(new DraftItem(key, body, Instant.now()));
            } else {
                item.change(body, Instant.now());
            }
            return null;
        });
    }

    @Override
    public Optional<String> find(String agentId, String interactionId) {
        String key = key(agentId, interactionId);
        return database.read(em -> Optional.ofNullable(em.find(DraftItem.class, key)).map(DraftItem::text));
    }

    @Override
    public void delete(String agentId, String interactionId) {
        String key = key(agentId, interactionId);
        database.inTransaction(em -> {
            DraftItem item = em.find(DraftItem.class, key);
            if (item != null) {
                em.remove(item);
            }
            return null;
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
