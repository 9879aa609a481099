package org.switchboard.server.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;

/** A store that keeps what the contact center writes, in memory, for the tests to read. */
final class RecordingStore implements ServerStore {

    final List<StoredInteraction> interactions = new CopyOnWriteArrayList<>();
    final List<InteractionStateChange> states = new CopyOnWriteArrayList<>();
    final List<StoredWrapUp> wrapUps = new CopyOnWriteArrayList<>();
    final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    @Override
    public long nextInteractionNumber() {
        return 1;
    }

    @Override
    public void interactionArrived(StoredInteraction interaction) {
        interactions.add(interaction);
    }

    @Override
    public void interactionStateChanged(InteractionStateChange change) {
        states.add(change);
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
        audit.add(entry);
    }
}
