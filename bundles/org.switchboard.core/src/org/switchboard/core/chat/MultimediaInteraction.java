package org.switchboard.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.internal.Require;

/**
 * A mobile chat with calls to the same customer. The chat is primary: while it is active the agent
 * may call the customer as often as needed; every call belongs to the chat's service; to finish, the
 * call is released first and then the chat disconnected.
 */
public final class MultimediaInteraction {

    /** One call made from the chat. */
    public record CallLeg(String callId, String serviceId, DialString number) {
    }

    private final ChatSession chat;
    private final List<CallLeg> calls = new ArrayList<>();
    private CallLeg activeCall;

    public MultimediaInteraction(ChatSession chat) {
        this.chat = Require.present(chat, "chat");
    }

    public ChatSession chat() {
        return chat;
    }

    public List<CallLeg> calls() {
        return List.copyOf(calls);
    }

    public Optional<CallLeg> activeCall() {
        return Optional.ofNullable(activeCall);
    }

    /** Calls the customer at the number the mobile application gave. */
    public CallLeg callCustomer(String callId) {
        Require.text(callId, "call id");
        if (chat.state() != ChatState.ACTIVE) {
            throw new ActionRefusedException(Rule.CALL_NEEDS_ACTIVE_CHAT, chat.state().name());
        }
        if (activeCall != null) {
            throw new ActionRefusedException(Rule.CALL_ALREADY_ACTIVE, activeCall.callId());
        }
        DialString number = chat.mobile().phoneNumber()
                .orElseThrow(() -> new ActionRefusedException(Rule.NO_CUSTOMER_PHONE_NUMBER));
        CallLeg leg = new CallLeg(callId, chat.serviceId(), number);
        calls.add(leg);
        activeCall = leg;
        return leg;
    }

    public void releaseCall() {
        if (activeCall == null) {
            throw new ActionRefusedException(Rule.NOT_CONNECTED, "no call in progress");
        }
        activeCall = null;
    }

    /** Ends the chat, and with it the interaction; refused while a call is still up. */
    public void disconnectChat() {
        if (activeCall != null) {
            throw new ActionRefusedException(Rule.RELEASE_CALL_BEFORE_CHAT, activeCall.callId());
        }
        chat.end();
    }
}
