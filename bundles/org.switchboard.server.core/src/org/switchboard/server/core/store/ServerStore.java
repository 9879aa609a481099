package org.switchboard.server.core.store;

/**
 * Where the contact center writes what must outlive it: interactions and their state history,
 * call variables, wrap-ups, agent state changes and an audit entry for every action.
 *
 * <p>Threading: the writing methods are called on the contact center's event loop (the audit also
 * from request threads) and must not block on I/O; an implementation queues the writes and applies
 * them in call order. {@link #nextInteractionNumber()} is called once, when the contact center
 * starts, and may block.
 */
public interface ServerStore {

    /** The number the next interaction gets: one past every stored one, so ids stay unique across restarts. */
    long nextInteractionNumber();

    void interactionArrived(StoredInteraction interaction);

    void interactionStateChanged(InteractionStateChange change);

    void wrapUpSaved(StoredWrapUp wrapUp);

    /** An agent saved a call variable (the call data's history). A store that keeps no history ignores it. */
    default void cadSaved(StoredCadEdit edit) {
    }

    void agentStateChanged(AgentStateChange change);

    void audit(AuditEntry entry);

    /** A store that keeps nothing: a contact center without persistence. */
    static ServerStore none() {
        return NoStore.INSTANCE;
    }
}
