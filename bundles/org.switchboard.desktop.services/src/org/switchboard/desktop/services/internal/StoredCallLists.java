package org.switchboard.desktop.services.internal;

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
import org.switchboard.desktop.services.CallListEntry;
import org.switchboard.desktop.services.CallLists;
import org.switchboard.store.CallListStore;
import org.switchboard.store.StoreFactory;

/**
 * The call lists in the local store, in this bundle's data area. The store is opened and used on
 * one worker thread, never on the caller's.
 */
@Component(service = CallLists.class)
public final class StoredCallLists implements CallLists {

    private final Path directory;
    private final StoreFactory stores;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-call-lists");
        t.setDaemon(true);
        return t;
    });
    private CallListStore store;

    @Activate
    public StoredCallLists(BundleContext context) {
        this(context.getDataFile("calls").toPath(), new StoreFactory());
    }

    StoredCallLists(Path directory, StoreFactory stores) {
        this.directory = directory;
        this.stores = stores;
    }

    @Override
    public CompletableFuture<List<CallListEntry>> history(String agentId) {
        return CompletableFuture.supplyAsync(() -> entries(store().history(agentId)), worker);
    }

    @Override
    public CompletableFuture<CallListEntry> dialled(String agentId, DirectoryEntry entry) {
        return CompletableFuture.supplyAsync(() -> entry(store().recordDialled(agentId, entry.kind().name(),
                entry.id(), entry.name(), Instant.now())), worker);
    }

    @Override
    public CompletableFuture<List<CallListEntry>> favorites(String agentId) {
        return CompletableFuture.supplyAsync(() -> entries(store().favorites(agentId)), worker);
    }

    @Override
    public CompletableFuture<CallListEntry> addFavorite(String agentId, DirectoryEntry entry) {
        return CompletableFuture.supplyAsync(() -> entry(store().addFavorite(agentId, entry.kind().name(),
                entry.id(), entry.name(), Instant.now())), worker);
    }

    @Override
    public CompletableFuture<Boolean> removeFavorite(String agentId, DirectoryEntry entry) {
        return CompletableFuture.supplyAsync(() -> store().removeFavorite(agentId, entry.kind().name(), entry.id()),
                worker);
    }

    @Override
    public CompletableFuture<Void> reopen() {
        return CompletableFuture.runAsync(this::closeStore, worker);
    }

    private static List<CallListEntry> entries(List<org.switchboard.store.CallListEntry> stored) {
        return stored.stream().map(StoredCallLists::entry).toList();
    }

    private static CallListEntry entry(org.switchboard.store.CallListEntry stored) {
        return new CallListEntry(stored.kind(), stored.target(), stored.name(), stored.at());
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
