package org.switchboard.connector.rest.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;

/** The server's store as a test sees it: every wrap-up the contact center saved. */
final class RecordingStore implements ServerStore {

    final List<StoredWrapUp> wrapUps = new CopyOnWriteArrayList<>();

    @Override
    public long nextInteractionNumber() {
        return 1;
    }

    @Override
    public void interactionArrived(StoredInteraction interaction) {
    }

    @Override
    public void interactionStateChanged(InteractionStateChange change) {
    }

    @Override
    public void wrapUpSaved(StoredWrapUp wrapUp) {
        wrapUps.add(wrapUp);
    }

    @Override
    public void agentStateChanged(AgentStateChange change) {
    }

    @Override
    public void audit(AuditEntry entry) {
    }

    long wrapUpsOf(String interactionId) {
        return wrapUps.stream().filter(w -> w.interactionId().equals(interactionId)).count();
    }
}
