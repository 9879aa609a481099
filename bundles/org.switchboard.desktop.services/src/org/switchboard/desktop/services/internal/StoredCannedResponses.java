package org.switchboard.desktop.services.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.desktop.services.CannedResponseEntry;
import org.switchboard.desktop.services.CannedResponses;
import org.switchboard.store.CannedResponseStore;
import org.switchboard.store.StoreFactory;

/**
 * The canned chat responses in the local store, in this bundle's data area. The store is opened
 * and used on one worker thread, never on the caller's.
 */
@Component(service = CannedResponses.class)
public final class StoredCannedResponses implements CannedResponses {

    private final Path directory;
    private final StoreFactory stores;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-canned-responses");
        t.setDaemon(true);
        return t;
    });
    private CannedResponseStore store;

    @Activate
    public StoredCannedResponses(BundleContext context) {
        this(context.getDataFile("canned").toPath(), new StoreFactory());
    }

    StoredCannedResponses(Path directory, StoreFactory stores) {
        this.directory = directory;
        this.stores = stores;
    }

    @Override
    public CompletableFuture<List<CannedResponseEntry>> search(String agentId, String query) {
        return CompletableFuture.supplyAsync(
                () -> store().search(agentId, query).stream().map(StoredCannedResponses::entry).toList(), worker);
    }

    @Override
    public CompletableFuture<CannedResponseEntry> save(Long id, String owner, String title, String text) {
        return CompletableFuture.supplyAsync(() -> entry(id == null ? store().create(owner, title, text)
                : store().update(id, owner, title, text).orElseGet(() -> store().create(owner, title, text))),
                worker);
    }

    @Override
    public CompletableFuture<Boolean> delete(long id) {
        return CompletableFuture.supplyAsync(() -> store().delete(id), worker);
    }

    private static CannedResponseEntry entry(org.switchboard.store.CannedResponseEntry stored) {
        return new CannedResponseEntry(stored.id(), stored.owner(), stored.title(), stored.text(), stored.updatedAt());
    }

    private CannedResponseStore store() {
        if (store == null) {
            store = stores.openCannedResponses(directory);
        }
        return store;
    }

    @Deactivate
    void deactivate() {
        worker.execute(() -> {
            if (store != null) {
                store.close();
                store = null;
            }
        });
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
