package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.chat.ChatSession;
import org.switchboard.core.chat.ChatState;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;

/**
 * A chat: waits in its queue, then is offered to one agent at a time. The core's session is made
 * per offer (it names its agent); a rejected or unanswered offer drops it and the chat waits again.
 */
final class ChatInteraction extends Interaction {

    final String queueId;
    ChatSession session;
    boolean customerLeft;
    /** What the customer wrote before an agent accepted. */
    final List<ChatLine> waitingLines = new ArrayList<>();

    ChatInteraction(String id, String customerId, String queueId, Caller caller, CadSet cad, Instant arrived) {
        super(id, customerId, caller, cad, arrived);
        this.queueId = queueId;
    }

    @Override
    Channel channel() {
        return Channel.CHAT;
    }

    @Override
    String queueId() {
        return queueId;
    }

    @Override
    boolean isQueued() {
        return session == null && !customerLeft;
    }

    @Override
    boolean isOver() {
        if (session == null) {
            return customerLeft;
        }
        ChatState s = session.state();
        return (s == ChatState.ENDED || s == ChatState.TRANSFERRED) && !session.owesWrapUp();
    }

    @Override
    Set<String> agentsNamed() {
        if (session == null || isOver()) {
            return Set.of();
        }
        return Set.of(session.agentId());
    }

    @Override
    String state() {
        if (session == null) {
            return customerLeft ? ChatState.ENDED.name() : "QUEUED";
        }
        return session.state().name();
    }
}
