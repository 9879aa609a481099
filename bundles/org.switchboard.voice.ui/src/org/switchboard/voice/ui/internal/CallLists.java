package org.switchboard.voice.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.store.CallListEntry;
import org.switchboard.store.CallListStore;
import org.switchboard.store.StoreFactory;

/**
 * The agent's redial history and favorites, kept in this bundle's data area so they outlive the
 * desktop. Every call returns at once; the store is opened and used on one worker thread, never on
 * the UI thread.
 */
@Component(service = CallLists.class)
public final class CallLists {

    private final Path directory;
    private final StoreFactory stores;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-call-lists");
        t.setDaemon(true);
        return t;
    });
    private CallListStore store;

    @Activate
    public CallLists(BundleContext context) {
        this(context.getDataFile("calls").toPath(), new StoreFactory());
    }

    CallLists(Path directory, StoreFactory stores) {
        this.directory = directory;
        this.stores = stores;
    }

    public CompletableFuture<List<CallListEntry>> history(String agentId) {
        return CompletableFuture.supplyAsync(() -> store().history(agentId), worker);
    }

    public CompletableFuture<CallListEntry> dialled(String agentId, DirectoryEntry entry) {
        return CompletableFuture.supplyAsync(() -> store().recordDialled(agentId, entry.kind().name(), entry.id(),
                entry.name(), Instant.now()), worker);
    }

    public CompletableFuture<List<CallListEntry>> favorites(String agentId) {
        return CompletableFuture.supplyAsync(() -> store().favorites(agentId), worker);
    }

    public CompletableFuture<CallListEntry> addFavorite(String agentId, DirectoryEntry entry) {
        return CompletableFuture.supplyAsync(() -> store().addFavorite(agentId, entry.kind().name(), entry.id(),
                entry.name(), Instant.now()), worker);
    }

    public CompletableFuture<Boolean> removeFavorite(String agentId, DirectoryEntry entry) {
        return CompletableFuture.supplyAsync(() -> store().removeFavorite(agentId, entry.kind().name(), entry.id()),
                worker);
    }

    /** Closes the database; the next request opens it again from disk, as a restarted desktop does. */
    public CompletableFuture<Void> reopen() {
        return CompletableFuture.runAsync(this::closeStore, worker);
    }

    private CallListStore store() {
        if (store == null) {
            store = stores.openCallLists(directory);
        }
        return store;
    }

    private void closeStore() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Deactivate
    void deactivate() {
        worker.execute(this::closeStore);
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
