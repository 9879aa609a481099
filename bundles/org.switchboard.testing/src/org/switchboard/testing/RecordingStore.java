package org.switchboard.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredFollowUp;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;

/** A server store that keeps what the contact center writes, in memory, for the tests to read. */
public final class RecordingStore implements ServerStore {

    public final List<StoredInteraction> interactions = new CopyOnWriteArrayList<>();
    public final List<InteractionStateChange> states = new CopyOnWriteArrayList<>();
    public final List<StoredWrapUp> wrapUps = new CopyOnWriteArrayList<>();
    public final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    /** The follow-ups as last written, by id: what a contact center started on this store reads back. */
    public final Map<String, StoredFollowUp> followUps = new ConcurrentHashMap<>();

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

    @Override
    public void followUpSaved(StoredFollowUp followUp) {
        followUps.put(followUp.id(), followUp);
    }

    @Override
    public void followUpRemoved(String followUpId) {
        followUps.remove(followUpId);
    }

    @Override
    public List<StoredFollowUp> followUps() {
        return followUps.values().stream().sorted(Comparator.comparing(StoredFollowUp::created)
                .thenComparing(StoredFollowUp::id)).toList();
    }

    /** How many wrap-ups were saved for the interaction. */
    public long wrapUpsOf(String interactionId) {
        return wrapUps.stream().filter(w -> w.interactionId().equals(interactionId)).count();
    }
}
