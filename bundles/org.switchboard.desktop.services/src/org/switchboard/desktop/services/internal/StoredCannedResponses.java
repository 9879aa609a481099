package org.switchboard.desktop.services.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.desktop.services.CannedResponseEntry;
import org.switchboard.desktop.services.CannedResponses;
import org.switchboard.store.CannedResponseStore;
import org.switchboard.store.StoreFactory;

/** The canned chat responses in the local store, in this bundle's data area. */
@Component(service = CannedResponses.class)
public final class StoredCannedResponses implements CannedResponses {

    private final StoreWorker<CannedResponseStore> store;

    /** The store's folder is taken over from its former owner on the worker, at the first request. */
    @Activate
    public StoredCannedResponses(BundleContext context) {
        StoreFactory stores = new StoreFactory();
        this.store = new StoreWorker<>("switchboard-canned-responses",
                () -> stores.openCannedResponses(FormerDataArea.adopt(context, "org.switchboard.chat.ui", "canned")));
    }

    @Override
    public CompletableFuture<List<CannedResponseEntry>> search(String agentId, String query) {
        return store.submit(s -> s.search(agentId, query).stream().map(StoredCannedResponses::entry).toList());
    }

    @Override
    public CompletableFuture<CannedResponseEntry> save(Long id, String owner, String title, String text) {
        return store.submit(s -> entry(id == null ? s.create(owner, title, text)
                : s.update(id, owner, title, text).orElseGet(() -> s.create(owner, title, text))));
    }

    @Override
    public CompletableFuture<Boolean> delete(long id) {
        return store.submit(s -> s.delete(id));
    }

    private static CannedResponseEntry entry(org.switchboard.store.CannedResponseEntry stored) {
        return new CannedResponseEntry(stored.id(), stored.owner(), stored.title(), stored.text(), stored.updatedAt());
    }

    @Deactivate
    void deactivate() {
        store.shutdown();
    }
}
