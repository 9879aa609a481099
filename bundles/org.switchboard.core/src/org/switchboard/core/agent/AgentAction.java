package org.switchboard.core.agent;

/** What an agent may ask of its own state; see {@link Agent#allowedActions()}. */
public enum AgentAction {
    LOGIN, LOGOUT, GO_READY, GO_NOT_READY, ACCEPT_OFFER, REJECT_OFFER, COMPLETE_WRAP_UP,
    /** Place an outbound or internal call. */
    MAKE_CALL
}
