package org.switchboard.core.voice;

/**
 * A participant's seat in a call, as the seed tables name them. AGENT_1 is the agent who owns the
 * call (answered it, or accepted its transfer) and starts consults and conferences; AGENT_2 is any
 * consulted or conferenced party.
 */
public enum Role {
    CUSTOMER, AGENT_1, AGENT_2
}
