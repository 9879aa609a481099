package org.switchboard.desktop.services.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.desktop.services.CallListEntry;
import org.switchboard.desktop.services.CallLists;
import org.switchboard.store.CallListStore;
import org.switchboard.store.StoreFactory;

/** The call lists in the local store, in this bundle's data area. */
@Component(service = CallLists.class)
public final class StoredCallLists implements CallLists {

    private final StoreWorker<CallListStore> store;

    /** The store's folder is taken over from its former owner on the worker, at the first request. */
    @Activate
    public StoredCallLists(BundleContext context) {
        StoreFactory stores = new StoreFactory();
        this.store = new StoreWorker<>("switchboard-call-lists",
                () -> stores.openCallLists(FormerDataArea.adopt(context, "org.switchboard.voice.ui", "calls")));
    }

    @Override
    public CompletableFuture<List<CallListEntry>> history(String agentId) {
        return store.submit(s -> entries(s.history(agentId)));
    }

    @Override
    public CompletableFuture<CallListEntry> dialled(String agentId, DirectoryEntry entry) {
        return store.submit(s -> entry(s.recordDialled(agentId, entry.kind().name(), entry.id(), entry.name(),
                Instant.now())));
    }

    @Override
    public CompletableFuture<List<CallListEntry>> favorites(String agentId) {
        return store.submit(s -> entries(s.favorites(agentId)));
    }

    @Override
    public CompletableFuture<CallListEntry> addFavorite(String agentId, DirectoryEntry entry) {
        return store.submit(s -> entry(s.addFavorite(agentId, entry.kind().name(), entry.id(), entry.name(),
                Instant.now())));
    }

    @Override
    public CompletableFuture<Boolean> removeFavorite(String agentId, DirectoryEntry entry) {
        return store.submit(s -> s.removeFavorite(agentId, entry.kind().name(), entry.id()));
    }

    @Override
    public CompletableFuture<Void> reopen() {
        return store.closeStore();
    }

    private static List<CallListEntry> entries(List<org.switchboard.store.CallListEntry> stored) {
        return stored.stream().map(StoredCallLists::entry).toList();
    }

    private static CallListEntry entry(org.switchboard.store.CallListEntry stored) {
        return new CallListEntry(stored.kind(), stored.target(), stored.name(), stored.at());
    }

    @Deactivate
    void deactivate() {
        store.shutdown();
    }
}
