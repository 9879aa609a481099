package org.switchboard.server.store;

import java.util.List;
import java.util.Optional;

import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredCadEdit;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;

/**
 * The server store on a database. Writes are queued and applied in order on the store's own
 * thread; every read first waits for the writes queued before it, and may block.
 */
public interface DatabaseStore extends ServerStore, AutoCloseable {

    /** The interaction with its call variables (secure ones included: the store is their keeper). */
    Optional<StoredInteraction> interaction(String interactionId);

    /** The states the interaction entered, oldest first. */
    List<InteractionStateChange> history(String interactionId);

    List<StoredWrapUp> wrapUps(String interactionId);

    /** The saved edits of the interaction's call variables, oldest first (secure values included). */
    List<StoredCadEdit> cadHistory(String interactionId);

    /** The states the agent entered, oldest first. */
    List<AgentStateChange> agentStates(String agentId);

    /** Every audited action, oldest first. */
    List<AuditEntry> audit();

    /** Applies the queued writes, then closes the database. */
    @Override
    void close();
}
