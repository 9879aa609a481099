package org.switchboard.server.core;

import java.util.Map;

/** The customers' side of the switch: calls and chats arrive, customers write and hang up. */
public interface CustomerSimulator {

    /** A call arrives in a voice queue or entry point with caller data and call variables; returns its id. */
    String injectCall(String queueId, Caller caller, Map<String, String> cad);

    /** A chat arrives in a chat queue; returns its id. */
    String injectChat(String queueId, Caller caller, Map<String, String> cad);

    /**
     * A chat from a mobile application arrives, with the customer's phone number and device location
     * (either may be null); returns its id.
     */
    String injectMobileChat(String queueId, Caller caller, Map<String, String> cad, MobileView mobile);

    /**
     * The customer of an active chat sends a picture. Checked before anything decodes it: its size,
     * its type by content (which must be the declared one and an allowed picture type) and the
     * dimensions its header declares. A refusal names the rule and is told to the agent too.
     */
    void sendPicture(String interactionId, String fileName, String declaredType, byte[] content);

    /**
     * A courtesy or web callback request arrives in a voice queue: routed like a call and offered as an
     * inbound call labelled "Callback"; the agent's answer dials {@code customerNumber}. Returns its id.
     *
     * @param type COURTESY or WEB
     */
    String injectCallback(String queueId, String type, String customerName, String customerNumber, String dnis);

    /** The customer picks up the callback the agent's answer dialled: agent and customer are connected. */
    void callbackAnswered(String interactionId);

    /** The customer does not pick up the callback: it returns to its queue, the agent is free again. */
    void callbackMissed(String interactionId);

    /** The customer of an outbound call picks up: agent and customer are connected. */
    void outboundAnswered(String interactionId);

    /** The customer hangs up (or leaves the chat); for an outbound call still ringing, the customer declines it. */
    void hangUp(String interactionId);

    /** The customer writes in an active chat. */
    void sendChat(String interactionId, String text);

    /**
     * The customer of an open chat is typing (repeated every few seconds while it lasts) or stopped;
     * told to the agent chatting with the customer, if any.
     */
    void customerTyping(String interactionId, boolean typing);
}
