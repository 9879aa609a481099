package org.switchboard.server.core.store;

/**
 * Where the contact center writes what must outlive it: interactions and their state history,
 * call variables, wrap-ups, agent state changes, follow-up activities and an audit entry for every
 * action.
 *
 * <p>Threading: the writing methods are called on the contact center's event loop (the audit also
 * from request threads) and must not block on I/O; an implementation queues the writes and applies
 * them in call order. {@link #nextInteractionNumber()} and {@link #restore(int)} are called once,
 * when the contact center starts, and may block.
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

    /** An agent's stage with an interaction changed. A store that cannot restore work ignores it. */
    default void agentWorkChanged(AgentWork work) {
    }

    /**
     * What a restarted contact center continues with: work left open at the stop, and the outcomes of
     * the latest requests (at most {@code requestsPerAgent} per agent) so that a request repeated
     * after the restart is answered, not applied again.
     */
    default RestoredState restore(int requestsPerAgent) {
        return RestoredState.EMPTY;
    }

    void audit(AuditEntry entry);

    /** A follow-up activity was scheduled or changed. A store that keeps no calendar ignores it. */
    default void followUpSaved(StoredFollowUp followUp) {
    }

    /** A follow-up activity was removed from its calendar. */
    default void followUpRemoved(String followUpId) {
    }

    /** The stored follow-ups, read once when the contact center starts; may block. */
    default java.util.List<StoredFollowUp> followUps() {
        return java.util.List.of();
    }

    /** A store that keeps nothing: a contact center without persistence. */
    static ServerStore none() {
        return NoStore.INSTANCE;
    }
}
