package org.switchboard.desktop.services.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.desktop.services.EmailDrafts;
import org.switchboard.store.DraftStore;
import org.switchboard.store.StoreFactory;

/** The email drafts in the local store, in this bundle's data area, opened on the worker at the first request. */
@Component(service = EmailDrafts.class)
public final class StoredEmailDrafts implements EmailDrafts {

    private final StoreWorker<DraftStore> store;

    @Activate
    public StoredEmailDrafts(BundleContext context) {
        StoreFactory stores = new StoreFactory();
        this.store = new StoreWorker<>("switchboard-email-drafts",
                () -> stores.openDrafts(context.getDataFile("drafts").toPath()));
    }

    @Override
    public CompletableFuture<Void> save(String agentId, String interactionId, String text) {
        return store.submit(s -> {
            s.save(agentId, interactionId, text);
            return null;
        });
    }

    @Override
    public CompletableFuture<Optional<String>> find(String agentId, String interactionId) {
        return store.submit(s -> s.find(agentId, interactionId));
    }

    @Override
    public CompletableFuture<Void> delete(String agentId, String interactionId) {
        return store.submit(s -> {
            s.delete(agentId, interactionId);
            return null;
        });
    }

    @Deactivate
    void deactivate() {
        store.shutdown();
    }
}
