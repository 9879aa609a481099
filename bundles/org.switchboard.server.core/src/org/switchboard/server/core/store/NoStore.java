package org.switchboard.server.core.store;

enum NoStore implements ServerStore {
    INSTANCE;

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
    }

    @Override
    public void agentStateChanged(AgentStateChange change) {
    }

    @Override
    public void audit(AuditEntry entry) {
    }
}
