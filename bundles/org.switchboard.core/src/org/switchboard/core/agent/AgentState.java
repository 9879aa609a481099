package org.switchboard.core.agent;

/** What an agent is doing, as shown on the agent-state bar and used by routing. */
public enum AgentState {
    LOGGED_OUT,
    /** Not available for routing; always carries a {@link ReasonCode}. */
    NOT_READY,
    READY,
    /** An offer is showing (connecting or contact-request popover). */
    RESERVED,
    /** Handling at least one interaction; see {@link Agent#busyChannels()}. */
    BUSY,
    /** After-call work. */
    WRAP_UP,
    /** Redirection on no answer: an offer was not answered in time. */
    RONA
}
