package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.chat.Attachment;
import org.switchboard.core.chat.ChatMessage;
import org.switchboard.core.chat.MobileContext;
import org.switchboard.core.chat.MultimediaInteraction;
import org.switchboard.server.core.AttachmentView;
import org.switchboard.core.chat.ChatSession;
import org.switchboard.core.chat.ChatState;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;

/**
 * A chat: waits in its queue, then is offered to one agent at a time. The core's session is made
 * per offer (it names its agent); a rejected or unanswered offer drops it and the chat waits again.
 * A transfer keeps the transferring agent's session (it owes a wrap-up) and the conversation so far,
 * and the chat goes on with a new session for the next agent.
 */
final class ChatInteraction extends Interaction {

    String queueId;
    ChatSession session;
    boolean customerLeft;
    /** What the customer wrote while no agent had accepted. */
    final List<ChatLine> waitingLines = new ArrayList<>();
    /** Sessions of agents who transferred the chat away, oldest first. */
    final List<ChatSession> earlier = new ArrayList<>();
    /** The conversation before the current session. */
    final List<ChatLine> archived = new ArrayList<>();
    /** The mobile application's phone number and location; none for a web chat. */
    MobileContext mobile = MobileContext.none();
    /** Pictures the customer sent, by index. */
    final List<Picture> pictures = new ArrayList<>();
    /** The current session with the calls made from it, once the agent called the customer. */
    MultimediaInteraction multimedia;

    /** A picture as received: what the core checked, what the header said, and the bytes. */
    record Picture(Attachment attachment, AttachmentView view, byte[] bytes) {
    }

    /** The multimedia interaction of the current session, made on the first call to the customer. */
    MultimediaInteraction multimedia() {
        if (multimedia == null || multimedia.chat() != session) {
            multimedia = new MultimediaInteraction(session);
        }
        return multimedia;
    }

    /** The call to the customer in progress, if any. */
    String activeCall() {
        return multimedia == null || multimedia.chat() != session ? null
                : multimedia.activeCall().map(MultimediaInteraction.CallLeg::callId).orElse(null);
    }

    ChatLine line(ChatMessage m) {
        Integer index = null;
        if (m.attachment().isPresent()) {
            for (int n = 0; n < pictures.size(); n++) {
                if (pictures.get(n).attachment() == m.attachment().get()) {
                    index = n;
                }
            }
        }
        return new ChatLine(m.from(), m.at(), m.text(), index);
    }

    ChatInteraction(String id, String customerId, String queueId, Caller caller, CadSet cad, Instant arrived) {
        super(id, customerId, caller, cad, arrived);
        this.queueId = queueId;
    }

    /** The current session was transferred: keep it and its conversation, and wait for the next one. */
    void transferredAway() {
        archived.addAll(waitingLines);
        waitingLines.clear();
        for (ChatMessage m : session.transcript()) {
            archived.add(line(m));
        }
        earlier.add(session);
        session = null;
    }

    /** The session {@code agentId} works in: the current one, or one it transferred and still wraps up. */
    ChatSession sessionOf(String agentId) {
        if (session != null && session.agentId().equals(agentId)) {
            return session;
        }
        for (int n = earlier.size() - 1; n >= 0; n--) {
            if (earlier.get(n).agentId().equals(agentId)) {
                return earlier.get(n);
            }
        }
        return null;
    }

    List<ChatLine> transcript() {
        List<ChatLine> lines = new ArrayList<>(archived);
        lines.addAll(waitingLines);
        if (session != null) {
            for (ChatMessage m : session.transcript()) {
                lines.add(line(m));
            }
        }
        return lines;
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
        for (ChatSession s : earlier) {
            if (s.owesWrapUp()) {
                return false;
            }
        }
        if (session == null) {
            return customerLeft;
        }
        ChatState s = session.state();
        return (s == ChatState.ENDED || s == ChatState.TRANSFERRED) && !session.owesWrapUp();
    }

    @Override
    Set<String> agentsNamed() {
        Set<String> ids = new LinkedHashSet<>();
        for (ChatSession s : earlier) {
            if (s.owesWrapUp()) {
                ids.add(s.agentId());
            }
        }
        if (session != null && !isOver()) {
            ids.add(session.agentId());
        }
        return ids;
    }

    @Override
    String state() {
        if (session == null) {
            return customerLeft ? ChatState.ENDED.name() : "QUEUED";
        }
        return session.state().name();
    }
}
