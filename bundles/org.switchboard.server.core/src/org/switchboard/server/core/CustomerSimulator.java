package org.switchboard.server.core;

import java.util.Map;

/** The customers' side of the switch: calls and chats arrive, customers write and hang up. */
public interface CustomerSimulator {

    /** A call arrives in a voice queue or entry point with caller data and call variables; returns its id. */
    String injectCall(String queueId, Caller caller, Map<String, String> cad);

    /** A chat arrives in a chat queue; returns its id. */
    String injectChat(String queueId, Caller caller, Map<String, String> cad);

    /** The customer hangs up (or leaves the chat). */
    void hangUp(String interactionId);

    /** The customer writes in an active chat. */
    void sendChat(String interactionId, String text);
}
