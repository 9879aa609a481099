package org.switchboard.core.voice;

/** Where a call is in its life. */
public enum CallPhase {
    /** Waiting in a queue or entry point for an agent. */
    QUEUED,
    /** Ringing at an agent (AGENT_1 to be). */
    OFFERED,
    /** Agent 1 and the customer. */
    CONNECTED,
    /** Agent 1 consults a second party; see {@link Call#isConsultAccepted()}. */
    CONSULT,
    /** Three or more parties; nobody can be held. */
    CONFERENCE,
    /** Agent 1 transferred; the transferee talks with the customer and must accept. */
    TRANSFER_OFFERED,
    /** The customer left a conference; the agents may continue, in wrap-up, without hold, resume or consult. */
    CUSTOMER_LEFT_CONFERENCE,
    ENDED
}
