package org.switchboard.core.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;
import org.switchboard.core.wrapup.WrapUp;
import org.switchboard.core.wrapup.WrapUpCatalog;
import org.switchboard.core.wrapup.WrapUpLedger;

/**
 * One service chat with a customer, offered to one agent. How many run at once is the agent's chat
 * capacity ({@link org.switchboard.core.agent.Agent}). Not thread-safe.
 */
public final class ChatSession {

    private static final ChatAction[] ACTIONS = ChatAction.values();

    private final String id;
    private final String customerId;
    private final String serviceId;
    private final String agentId;
    private final MobileContext mobile;
    private final AttachmentPolicy attachments;
    private final WrapUpLedger wrapUps;
    private final List<ChatMessage> transcript = new ArrayList<>();
    private ChatState state = ChatState.OFFERED;
    private ChatTransferTarget transferredTo;

    public ChatSession(String id, String customerId, String serviceId, String agentId, MobileContext mobile,
            AttachmentPolicy attachments, WrapUpCatalog wrapUpCatalog) {
        this.id = Require.text(id, "chat id");
        this.customerId = Require.text(customerId, "customer id");
        this.serviceId = Require.text(serviceId, "service id");
        this.agentId = Require.text(agentId, "agent id");
        this.mobile = Require.present(mobile, "mobile context");
        this.attachments = Require.present(attachments, "attachment policy");
        this.wrapUps = new WrapUpLedger(Require.present(wrapUpCatalog, "wrap-up catalog"));
    }

    /** A plain (non-mobile) chat with default policies. */
    public static ChatSession offered(String id, String customerId, String serviceId, String agentId) {
        return new ChatSession(id, customerId, serviceId, agentId, MobileContext.none(), AttachmentPolicy.pictures(),
                WrapUpCatalog.defaults());
    }

    public String id() {
        return id;
    }

    public String serviceId() {
        return serviceId;
    }

    public String agentId() {
        return agentId;
    }

    public String customerId() {
        return customerId;
    }

    public ChatState state() {
        return state;
    }

    public MobileContext mobile() {
        return mobile;
    }

    public List<ChatMessage> transcript() {
        return List.copyOf(transcript);
    }

    public Optional<ChatTransferTarget> transferredTo() {
        return Optional.ofNullable(transferredTo);
    }

    public boolean isAllowed(ChatAction action) {
        return action != null && check(action) == null;
    }

    public EnumSet<ChatAction> allowedActions() {
        EnumSet<ChatAction> allowed = EnumSet.noneOf(ChatAction.class);
        for (ChatAction a : ACTIONS) {
            if (check(a) == null) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    private Rule check(ChatAction action) {
        return switch (action) {
            case ACCEPT, REJECT -> state == ChatState.OFFERED ? null : Rule.NOT_RINGING;
            case SEND, TRANSFER, END -> state == ChatState.ACTIVE ? null : Rule.NOT_ALLOWED_IN_STATE;
        };
    }

    private void require(ChatAction action) {
        Rule r = check(action);
        if (r != null) {
            throw new ActionRefusedException(r, action + " in " + state);
        }
    }

    public void accept() {
        require(ChatAction.ACCEPT);
        state = ChatState.ACTIVE;
    }

    public void reject() {
        require(ChatAction.REJECT);
        state = ChatState.REJECTED;
    }

    /** The agent sends a message. */
    public void send(String text, Instant at) {
        require(ChatAction.SEND);
        transcript.add(new ChatMessage(agentId, Require.present(at, "time"), Require.text(text, "message"),
                Optional.empty()));
    }

    /** The agent sends a canned response with its placeholders filled. */
    public void send(CannedResponse response, java.util.Map<String, String> values, Instant at) {
        require(ChatAction.SEND);
        send(Require.present(response, "canned response").fill(values), at);
    }

    /** The customer writes; accepted while the chat is active. */
    public void receive(String text, Instant at) {
        require(ChatAction.SEND);
        transcript.add(new ChatMessage(customerId, Require.present(at, "time"), Require.text(text, "message"),
                Optional.empty()));
    }

    /** The customer sends a picture; refused by type and size before it is stored. */
    public void receivePicture(Attachment picture, Instant at) {
        require(ChatAction.SEND);
        attachments.check(picture);
        transcript.add(new ChatMessage(customerId, Require.present(at, "time"), "", Optional.of(picture)));
    }

    public void transfer(ChatTransferTarget target) {
        require(ChatAction.TRANSFER);
        Require.present(target, "transfer target");
        if (target instanceof ChatTransferTarget.ToAgent a && a.agentId().equals(agentId)) {
            throw new ActionRefusedException(Rule.CANNOT_TARGET_PARTICIPANT, a.agentId());
        }
        transferredTo = target;
        state = ChatState.TRANSFERRED;
        wrapUps.owe(agentId);
    }

    /** Ends the chat; the agent owes a wrap-up. */
    public void end() {
        require(ChatAction.END);
        state = ChatState.ENDED;
        wrapUps.owe(agentId);
    }

    public boolean owesWrapUp() {
        return wrapUps.owes(agentId);
    }

    public void applyWrapUp(WrapUp wrapUp, Instant now) {
        wrapUps.apply(agentId, wrapUp, now);
    }

    @Override
    public String toString() {
        return "ChatSession[" + id + ", " + state + ", agent=" + agentId + "]";
    }
}
