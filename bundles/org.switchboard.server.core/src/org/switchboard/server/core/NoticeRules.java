package org.switchboard.server.core;

/**
 * The {@code rule} of {@link Notice}s that tell an agent what the server did on its own, besides the
 * core's rules: an offer that went away because the agent declined it, an agent made Not Ready or
 * logged out because its desktop stopped listening, the contact center's limit of concurrent calls.
 */
public final class NoticeRules {

    /** The agent declined an offer: it was withdrawn at once and offered to another agent, or waits in its queue. */
    public static final String OFFER_DECLINED = "OFFER_DECLINED";
    /** The agent's event stream was gone for the presence timeout: Not Ready, offers withdrawn. */
    public static final String DESKTOP_DISCONNECTED = "DESKTOP_DISCONNECTED";
    /** The agent's event stream was gone for the presence logout time: the server logged the agent out. */
    public static final String LOGGED_OUT_DISCONNECTED = "LOGGED_OUT_DISCONNECTED";

    /** The contact center reached its limit of concurrent calls: waiting calls are not offered, none can be placed. */
    public static final String CALL_LIMIT_REACHED = "CALL_LIMIT_REACHED";
    /** Below the limit of concurrent calls again: waiting calls are offered. */
    public static final String CALL_LIMIT_CLEARED = "CALL_LIMIT_CLEARED";

    private NoticeRules() {
    }
}
