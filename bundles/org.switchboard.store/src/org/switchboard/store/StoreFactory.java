package org.switchboard.store;

import java.nio.file.Path;

import org.switchboard.store.internal.JpaCallListStore;
import org.switchboard.store.internal.JpaDraftStore;
import org.switchboard.store.internal.JpaCannedResponseStore;
import org.switchboard.store.internal.JpaLocalStore;

/** Opens the local store. Stateless; a Declarative Services component may hold one. */
public final class StoreFactory {

    /**
     * Opens (creating when needed) the store kept in {@code directory}, bringing its schema up to
     * date. Does disk I/O.
     *
     * @throws StoreException when the database cannot be opened, for example because another
     *                        process holds it
     */
    public LocalStore open(Path directory) {
        return JpaLocalStore.open(directory);
    }

    /**
     * Loads the persistence and database engines ahead of the first {@link #open}, so that it
     * takes less time: the store's schema is opened on a private in-memory database and closed.
     * Blocks for about a second of CPU; call it off the UI thread.
     */
    public void warmUp() {
        JpaLocalStore.warmUp();
    }

    /**
     * Opens (creating when needed) the canned responses kept in {@code directory}, in a database
     * file of their own. Does disk I/O.
     *
     * @throws StoreException when the database cannot be opened
     */
    public CannedResponseStore openCannedResponses(Path directory) {
        return JpaCannedResponseStore.open(directory);
    }

    /**
     * Opens (creating when needed) the redial history and favorites kept in {@code directory}, in a
     * database file of their own. Does disk I/O.
     *
     * @throws StoreException when the database cannot be opened
     */
    public CallListStore openCallLists(Path directory) {
        return JpaCallListStore.open(directory);
    }

    /**
     * Opens (creating when needed) the email drafts kept in {@code directory}, in a database file of
     * their own. Does disk I/O.
     *
     * @throws StoreException when the database cannot be opened
     */
    public DraftStore openDrafts(Path directory) {
        return JpaDraftStore.open(directory);
    }
}
