package org.switchboard.server.store.tests;

import java.util.ArrayList;
import java.util.List;

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

/**
 * A store as a server process killed with kill -9 leaves it. Writes reach the database until
 * {@link #queueWrites()}; from then on they wait in the process's memory, as the writes a store has
 * queued (or committed but not yet flushed to its file) do; {@link #kill()} loses them and every write
 * after it, and writes nothing more.
 */
final class KilledProcessStore implements ServerStore {

    private final ServerStore database;
    private final List<Runnable> queued = new ArrayList<>();
    private boolean queueing;
    private boolean killed;

    KilledProcessStore(ServerStore database) {
        this.database = database;
    }

    /** From now on writes stay in memory: still queued when the process is killed. */
    synchronized void queueWrites() {
        queueing = true;
    }

    /** The process is killed: what is queued is lost, and nothing is written any more. */
    synchronized void kill() {
        killed = true;
        queued.clear();
    }

    private synchronized void write(Runnable write) {
        if (killed) {
            return;
        }
        if (queueing) {
            queued.add(write);
        } else {
            write.run();
        }
    }

    @Override
    public long nextInteractionNumber() {
        return database.nextInteractionNumber();
    }

    @Override
    public RestoredState restore(int requestsPerAgent) {
        return database.restore(requestsPerAgent);
    }

    @Override
    public void interactionArrived(StoredInteraction interaction) {
        write(() -> database.interactionArrived(interaction));
    }

    @Override
    public void interactionStateChanged(InteractionStateChange change) {
        write(() -> database.interactionStateChanged(change));
    }

    @Override
    public void wrapUpSaved(StoredWrapUp wrapUp) {
        write(() -> database.wrapUpSaved(wrapUp));
    }

    @Override
    public void cadSaved(StoredCadEdit edit) {
        write(() -> database.cadSaved(edit));
    }

    @Override
    public void agentStateChanged(AgentStateChange change) {
        write(() -> database.agentStateChanged(change));
    }

    @Override
    public void agentWorkChanged(AgentWork work) {
        write(() -> database.agentWorkChanged(work));
    }

    @Override
    public void audit(AuditEntry entry) {
        write(() -> database.audit(entry));
    }

    @Override
    public void followUpSaved(StoredFollowUp followUp) {
        write(() -> database.followUpSaved(followUp));
    }

    @Override
    public void followUpRemoved(String followUpId) {
        write(() -> database.followUpRemoved(followUpId));
    }

    @Override
    public List<StoredFollowUp> followUps() {
        return database.followUps();
    }
}
