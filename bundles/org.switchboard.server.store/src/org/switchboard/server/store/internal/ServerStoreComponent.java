package org.switchboard.server.store.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AgentWork;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.RestoredState;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredCadEdit;
import org.switchboard.server.core.store.StoredFollowUp;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;
import org.switchboard.server.store.StoreSettings;

/**
 * The server store as a service, on the database the framework properties name (see
 * {@link StoreSettings#from}); an H2 file in the data folder by default. Every method of
 * {@link ServerStore} is passed on, its defaults included: the agents' work stages and the restore
 * are what carry wrap-ups owed across a restart of the packaged server.
 */
@Component(service = ServerStore.class, immediate = true)
public final class ServerStoreComponent implements ServerStore {

    private final JpaServerStore store;

    @Activate
    public ServerStoreComponent(BundleContext context) {
        store = JpaServerStore.open(StoreSettings.from(context::getProperty));
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    @Override
    public long nextInteractionNumber() {
        return store.nextInteractionNumber();
    }

    @Override
    public void interactionArrived(StoredInteraction interaction) {
        store.interactionArrived(interaction);
    }

    @Override
    public void interactionStateChanged(InteractionStateChange change) {
        store.interactionStateChanged(change);
    }

    @Override
    public void wrapUpSaved(StoredWrapUp wrapUp) {
        store.wrapUpSaved(wrapUp);
    }

    @Override
    public void cadSaved(StoredCadEdit edit) {
        store.cadSaved(edit);
    }

    @Override
    public void agentStateChanged(AgentStateChange change) {
        store.agentStateChanged(change);
    }

    @Override
    public void audit(AuditEntry entry) {
        store.audit(entry);
    }

    @Override
    public void agentWorkChanged(AgentWork work) {
        store.agentWorkChanged(work);
    }

    @Override
    public RestoredState restore(int requestsPerAgent) {
        return store.restore(requestsPerAgent);
    }

    @Override
    public void followUpSaved(StoredFollowUp followUp) {
        store.followUpSaved(followUp);
    }

    @Override
    public void followUpRemoved(String followUpId) {
        store.followUpRemoved(followUpId);
    }

    @Override
    public List<StoredFollowUp> followUps() {
        return store.followUps();
    }
}
