package org.switchboard.server.store;

import org.switchboard.server.store.internal.JpaServerStore;

/** Opens server stores outside Declarative Services: embedded servers and tests. */
public final class DatabaseStores {

    private DatabaseStores() {
    }

    /**
     * Connects, creating or extending the schema. May block.
     *
     * @throws IllegalStateException when the database cannot be opened
     */
    public static DatabaseStore open(StoreSettings settings) {
        return JpaServerStore.open(settings);
    }
}
