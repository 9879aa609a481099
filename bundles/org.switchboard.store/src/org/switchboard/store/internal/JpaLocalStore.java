package org.switchboard.store.internal;

import java.nio.file.Path;

import org.switchboard.store.LocalStore;
import org.switchboard.store.OutboxStore;

/** The local store on EclipseLink and an embedded H2 file database. */
public final class JpaLocalStore implements LocalStore {

    static final String UNIT = "switchboard-store";
    static final String DATABASE_NAME = "switchboard";

    private final H2Database database;
    private final OutboxStore outbox;

    private JpaLocalStore(H2Database database) {
        this.database = database;
        this.outbox = new JpaOutboxStore(database);
    }

    public static JpaLocalStore open(Path directory) {
        return new JpaLocalStore(H2Database.open(directory, DATABASE_NAME, UNIT, "the outbox"));
    }

    /** Opens the store's schema on a private in-memory database, reads the outbox once, and closes it. */
    public static void warmUp() {
        try (JpaLocalStore store = new JpaLocalStore(H2Database.inMemory(UNIT, "the outbox"))) {
            store.outbox().pending();
        }
    }

    @Override
    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public void close() {
        database.close();
    }
}
