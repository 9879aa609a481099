package org.switchboard.core.callback;

public enum CallbackType {
    /** Offered to a caller instead of waiting in the queue. */
    COURTESY,
    /** Requested from the web site or a chatbot with a name and number. */
    WEB
}
