package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.chat.AttachmentPolicy;
import org.switchboard.core.chat.ChatSession;
import org.switchboard.core.chat.ChatState;
import org.switchboard.core.chat.ChatTransferTarget;
import org.switchboard.core.chat.MultimediaInteraction;
import org.switchboard.core.voice.Call;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.StoredInteraction;

/**
 * Chats: the agents' chat actions (accept, reject, send, end, transfer, wrap-up), call variable
 * edits on a chat, calling a mobile chat's customer (a call that joins the chat as one multimedia
 * interaction), offers and the customer leaving. The core's {@link ChatSession} decides.
 */
final class ChatHandler implements ChannelHandler {

    static final AttachmentPolicy ATTACHMENTS = AttachmentPolicy.pictures();

    private final CenterState state;
    private final CommandParser parser;
    private final CadEdits cadEdits;

    ChatHandler(CenterState state, CommandParser parser, CadEdits cadEdits) {
        this.state = state;
        this.parser = parser;
        this.cadEdits = cadEdits;
    }

    @Override
    public boolean takes(Interaction i, String action) {
        return i instanceof ChatInteraction || CommandParser.CALL_CUSTOMER.equals(action);
    }

    @Override
    public boolean owns(Interaction i) {
        return i instanceof ChatInteraction;
    }

    @Override
    public ParsedCommand parse(Interaction i, ActionCommand command) {
        if (CommandParser.CALL_CUSTOMER.equals(command.action())) {
            if (!(i instanceof ChatInteraction)) {
                throw new ServerRefusal(Reason.INVALID, "CALL_CUSTOMER is an action of a mobile chat");
            }
            return new ParsedCommand.CallCustomer();
        }
        return CommandParser.EDIT_CAD.equals(command.action()) ? parser.cad(command) : parser.chat(command);
    }

    @Override
    public Handled apply(Interaction i, AgentSeat seat, ParsedCommand command, Instant now) {
        ChatInteraction c = (ChatInteraction) i;
        return switch (command) {
            case ParsedCommand.EditCad cad -> Handled.conflict(editCad(c, seat.id(), cad, now));
            case ParsedCommand.CallCustomer call -> {
                callCustomer(c, seat, now);
                yield Handled.DONE;
            }
            case ParsedCommand.Chat chat -> apply(c, seat, chat, now);
            default -> throw new ServerRefusal(Reason.INVALID, "not an action of a chat");
        };
    }

    /** The agent of an active chat edits call variables. */
    private CadEdits.Conflict editCad(ChatInteraction c, String agentId, ParsedCommand.EditCad cmd, Instant now) {
        if (c.session == null || !c.session.agentId().equals(agentId)) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, c.id);
        }
        if (c.session.state() != ChatState.ACTIVE) {
            throw new ActionRefusedException(Rule.NOT_ALLOWED_IN_STATE, "EDIT_CAD in " + c.session.state());
        }
        return cadEdits.save(c, agentId, cmd, now);
    }

    private Handled apply(ChatInteraction c, AgentSeat seat, ParsedCommand.Chat cmd, Instant now) {
        ChatSession s = c.sessionOf(seat.id());
        if (s == null) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, c.id);
        }
        Agent a = seat.agent;
        if (cmd.wrapUp() != null) {
            s.applyWrapUp(cmd.wrapUp(), now);
            if (a.wrapUps().contains(c.id)) {
                a.completeWrapUp(c.id);
            }
            return Handled.wrappedUp(cmd.wrapUp());
        }
        List<AgentNotice> notices = new ArrayList<>(1);
        switch (cmd.action()) {
            case ACCEPT -> {
                s.accept();
                a.accept(c.id);
                callOnAccept(c, seat, now, notices);
            }
            case REJECT -> {
                s.reject();
                a.reject(c.id);
                c.session = null;
                state.declines.declined(c, seat, now);
            }
            case SEND -> s.send(cmd.text(), now);
            case END -> {
                if (s == c.session && c.activeCall() != null) {
                    c.multimedia.disconnectChat();
                }
                s.end();
                a.end(c.id, true, now);
            }
            case TRANSFER -> {
                if (s == c.session && c.activeCall() != null) {
                    throw new ActionRefusedException(Rule.RELEASE_CALL_BEFORE_CHAT, c.activeCall());
                }
                transfer(c, s, a, cmd.target(), now);
            }
        }
        return Handled.notices(notices);
    }

    /**
     * The agent calls the chat's customer at the mobile application's number: the call belongs to the
     * chat's service and forms a multimedia interaction with the chat. The simulated switch connects
     * it at once.
     */
    private void callCustomer(ChatInteraction c, AgentSeat seat, Instant now) {
        ChatSession s = c.sessionOf(seat.id());
        if (s == null || s != c.session) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, c.id);
        }
        Agent a = seat.agent;
        if (s.state() == ChatState.ACTIVE && c.activeCall() == null && c.mobile.phoneNumber().isPresent()
                && a.activeCount(Channel.VOICE) >= a.policy().capacity().limit(Channel.VOICE)) {
            throw new ActionRefusedException(Rule.CAPACITY_REACHED, "a call is already in progress");
        }
        long n = state.takeNumber();
        String callId = "i-" + n;
        MultimediaInteraction.CallLeg leg = c.multimedia().callCustomer(callId);
        a.start(callId, Channel.VOICE);
        VoiceInteraction v = new VoiceInteraction(
                Call.outbound(callId, seat.id(), c.customerId, leg.serviceId(), state.config.callPolicy()),
                new Caller(c.caller.name(), leg.number().value()), c.cad, now);
        v.chat = c;
        state.interactions.put(callId, v);
        state.store.interactionArrived(new StoredInteraction(n, callId, Channel.VOICE.name(), leg.serviceId(),
                c.customerId, c.caller.name(), leg.number().value(), now, List.of()));
    }

    /**
     * Where the chat's service says so, accepting a mobile chat dials the customer. The chat is
     * accepted either way; a call that cannot be made is told to the agent, who may call by hand.
     */
    private void callOnAccept(ChatInteraction c, AgentSeat seat, Instant now, List<AgentNotice> notices) {
        boolean configured = state.config.queueFor(c.queueId).map(QueueConfig::callOnAccept).orElse(false);
        if (!configured || c.mobile.phoneNumber().isEmpty()) {
            return;
        }
        try {
            callCustomer(c, seat, now);
        } catch (ActionRefusedException e) {
            notices.add(new AgentNotice(seat.id(), new Notice(c.id, e.rule().name(),
                    "The customer could not be called automatically: " + e.rule().message())));
        }
    }

    /** To an agent: offered there at once (it must be able to take a chat now); to a queue: waits there. */
    private void transfer(ChatInteraction c, ChatSession s, Agent from, ChatTransferTarget target, Instant now) {
        AgentSeat to = target instanceof ChatTransferTarget.ToAgent ta ? state.seats.get(ta.agentId()) : null;
        if (to != null && !to.id().equals(s.agentId()) && s.state() == ChatState.ACTIVE) {
            Optional<Rule> busy = to.agent.refusalOfOffer(Channel.CHAT);
            if (busy.isPresent()) {
                throw new ActionRefusedException(busy.get() == Rule.CAPACITY_REACHED ? busy.get()
                        : Rule.TRANSFER_TARGET_NOT_READY, to.id() + " is " + to.agent.state());
            }
        }
        s.transfer(target);
        from.end(c.id, true, now);
        c.transferredAway();
        switch (target) {
            case ChatTransferTarget.ToQueue q -> c.queueId = q.queueId();
            case ChatTransferTarget.ToAgent ta -> offer(c, to, false, now);
        }
    }

    @Override
    public void offer(Interaction i, AgentSeat seat, boolean consult, Instant now) {
        ChatInteraction c = (ChatInteraction) i;
        c.session = new ChatSession(c.id, c.customerId, c.queueId, seat.id(), c.mobile, ATTACHMENTS,
                state.config.wrapUpCatalog());
        seat.agent.offer(c.id, Channel.CHAT, now);
    }

    @Override
    public void offerReturned(Interaction i, String agentId, List<AgentNotice> notices) {
        ChatInteraction c = (ChatInteraction) i;
        if (c.session != null && c.session.agentId().equals(agentId) && c.session.state() == ChatState.OFFERED) {
            c.session = null;
        }
    }

    @Override
    public void tick(Interaction i, Instant now, List<AgentNotice> notices) {
        // a chat has no time-driven rules of its own: the agent's offer timeout returns it
    }

    @Override
    public boolean liveForTheCustomer(Interaction i) {
        ChatInteraction c = (ChatInteraction) i;
        return !c.customerLeft && (c.session == null || c.session.state() == ChatState.OFFERED
                || c.session.state() == ChatState.ACTIVE);
    }

    @Override
    public void endByServerStop(Interaction i, Instant now) {
        customerLeaves((ChatInteraction) i, now);
    }

    /** The customer leaves the chat: an offer is withdrawn, an active chat ends for its agent. */
    void customerLeaves(ChatInteraction c, Instant now) {
        if (c.customerLeft) {
            throw new ActionRefusedException(Rule.CALL_ENDED, c.id);
        }
        ChatSession s = c.session;
        if (s != null) {
            Agent a = state.seats.get(s.agentId()).agent;
            if (s.state() == ChatState.OFFERED) {
                a.withdrawOffer(c.id);
                c.session = null;
            } else if (s.state() == ChatState.ACTIVE) {
                s.end();
                a.end(c.id, true, now);
                state.seats.get(s.agentId()).emit(EventTypes.NOTICE, null,
                        new Notice(c.id, null, "The customer left the chat."));
            } else {
                throw new ActionRefusedException(Rule.CALL_ENDED, c.id);
            }
        }
        c.customerLeft = true;
    }
}
