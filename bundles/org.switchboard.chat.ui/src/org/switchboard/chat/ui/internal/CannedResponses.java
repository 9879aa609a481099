package org.switchboard.chat.ui.internal;

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
import org.switchboard.store.CannedResponseEntry;
import org.switchboard.store.CannedResponseStore;
import org.switchboard.store.StoreFactory;

/**
 * The agent's canned chat responses, kept in this bundle's data area. Every call returns at once;
 * the store is opened and used on one worker thread, never on the UI thread.
 */
@Component(service = CannedResponses.class)
public final class CannedResponses {

    private final Path directory;
    private final StoreFactory stores;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-canned-responses");
        t.setDaemon(true);
        return t;
    });
    private CannedResponseStore store;

    @Activate
    public CannedResponses(BundleContext context) {
        this(context.getDataFile("canned").toPath(), new StoreFactory());
    }

    CannedResponses(Path directory, StoreFactory stores) {
        this.directory = directory;
        this.stores = stores;
    }

    CompletableFuture<List<CannedResponseEntry>> search(String agentId, String query) {
        return CompletableFuture.supplyAsync(() -> store().search(agentId, query), worker);
    }

    /** Creates a response when {@code id} is null, otherwise changes it. */
    CompletableFuture<CannedResponseEntry> save(Long id, String owner, String title, String text) {
        return CompletableFuture.supplyAsync(() -> id == null ? store().create(owner, title, text)
                : store().update(id, owner, title, text).orElseGet(() -> store().create(owner, title, text)), worker);
    }

    CompletableFuture<Boolean> delete(long id) {
        return CompletableFuture.supplyAsync(() -> store().delete(id), worker);
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
