package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentAction;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallAction;
import org.switchboard.core.voice.CallPhase;
import org.switchboard.core.voice.Target;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.StoredInteraction;

/**
 * Calls: the agents' call actions (answer, hold, consult, transfer, conference, wrap-up ...), call
 * variable edits on a call, offers, ring and consult timeouts, and the customer hanging up. The
 * core's {@link Call} decides; the agents' state machines follow it ({@link CallSync}), and its
 * notices (a consult or transfer not accepted, an offer not answered) go to the agents they name.
 */
final class VoiceHandler implements ChannelHandler {

    /** The service of calls agents place: they come from no queue. */
    static final String OUTBOUND_SERVICE = "outbound";
    static final String INTERNAL_SERVICE = "internal";

    private final CenterState state;
    private final CommandParser parser;
    private final CadEdits cadEdits;

    VoiceHandler(CenterState state, CommandParser parser, CadEdits cadEdits) {
        this.state = state;
        this.parser = parser;
        this.cadEdits = cadEdits;
    }

    @Override
    public boolean takes(Interaction i, String action) {
        return i instanceof VoiceInteraction;
    }

    @Override
    public boolean owns(Interaction i) {
        return i instanceof VoiceInteraction;
    }

    @Override
    public ParsedCommand parse(Interaction i, ActionCommand command) {
        return CommandParser.EDIT_CAD.equals(command.action()) ? parser.cad(command) : parser.voice(command);
    }

    @Override
    public Handled apply(Interaction i, AgentSeat seat, ParsedCommand command, Instant now) {
        VoiceInteraction v = (VoiceInteraction) i;
        return switch (command) {
            case ParsedCommand.EditCad cad -> Handled.conflict(editCad(v, seat.id(), cad, now));
            case ParsedCommand.Voice voice -> apply(v, seat.id(), voice, now);
            default -> throw new ServerRefusal(Reason.INVALID, "not an action of a call");
        };
    }

    /** Agent 1 of a live call edits call variables. */
    private CadEdits.Conflict editCad(VoiceInteraction v, String agentId, ParsedCommand.EditCad cmd, Instant now) {
        Callbacks.requireCustomerOnTheLine(v, CommandParser.EDIT_CAD);
        Optional<Rule> refusal = v.call.refusalOf(agentId, CallAction.EDIT_CAD);
        if (refusal.isPresent()) {
            throw new ActionRefusedException(refusal.get(), "EDIT_CAD by " + agentId);
        }
        return cadEdits.save(v, agentId, cmd, now);
    }

    private Handled apply(VoiceInteraction v, String agentId, ParsedCommand.Voice cmd, Instant now) {
        if (v.isInternalCaller(agentId)) {
            if (cmd.action() != CallAction.RELEASE) {
                throw new ActionRefusedException(Rule.ROLE_NOT_PERMITTED,
                        cmd.action() + ": the caller of an internal call can only hang up");
            }
            Set<String> before = state.involved(v);
            v.call.leave(agentId);
            v.callerHungUp = true;
            state.callSync.sync(v, before, now);
            return notices(v);
        }
        if (v.isDialing() && cmd.action() != CallAction.RELEASE) {
            throw new ActionRefusedException(Rule.CUSTOMER_NOT_ANSWERED_YET, cmd.action() + " while dialling");
        }
        Callbacks.requireCustomerOnTheLine(v, cmd.action().name());
        Call call = v.call;
        Set<String> before = state.involved(v);
        Optional<Rule> refusal = call.refusalOf(agentId, cmd.action());
        if (refusal.isPresent()) {
            throw new ActionRefusedException(refusal.get(), cmd.action() + " by " + agentId);
        }
        Target target = cmd.params().target().orElse(null);
        if (target instanceof Target.ToAgent to && (cmd.action() == CallAction.CONSULT
                || cmd.action() == CallAction.BLIND_TRANSFER)) {
            // The agent's state machine takes offers only when Ready with free capacity; refuse here
            // rather than change the call and then fail to ring the agent.
            AgentSeat target2 = state.seats.get(to.agentId());
            Optional<Rule> busy = cmd.action() == CallAction.CONSULT ? target2.agent.refusalOfConsultOffer(Channel.VOICE)
                    : target2.agent.refusalOfOffer(Channel.VOICE);
            if (busy.isPresent() && !to.agentId().equals(agentId)
                    && (to.state() == AgentState.READY || cmd.action() == CallAction.CONSULT)) {
                throw new ActionRefusedException(busy.get(), to.agentId() + " cannot be offered a call now");
            }
        }
        boolean declining = cmd.action() == CallAction.REJECT && call.phase() == CallPhase.OFFERED
                && call.offeredTo().filter(agentId::equals).isPresent();
        boolean transferRefused = cmd.action() == CallAction.REJECT && call.phase() == CallPhase.TRANSFER_OFFERED;
        call.apply(agentId, cmd.action(), cmd.params(), now);
        if (cmd.action() == CallAction.TRANSFER) {
            v.transferredBy = agentId;
        }
        if (declining) {
            state.declines.declined(v, state.seats.get(agentId), now);
        }
        endLegIfOver(v);
        if (cmd.action() == CallAction.CONSULT && target instanceof Target.ToDialNumber d) {
            // The simulated switch: the far end answers at once.
            call.acceptConsult(d.number().value());
        }
        Callbacks.follow(v);
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(state.involved(v));
        state.callSync.sync(v, all, now);
        List<AgentNotice> notices = new ArrayList<>(2);
        AgentNotice.fromCall(v, notices);
        if (transferRefused && v.transferredBy != null) {
            // The core tells the agent who refused; the agent who transferred must know too.
            notices.add(new AgentNotice(v.transferredBy, new Notice(v.id, Rule.TRANSFER_NOT_ACCEPTED.name(),
                    Rule.TRANSFER_NOT_ACCEPTED.message())));
        }
        return cmd.action() == CallAction.WRAP_UP ? new Handled(List.copyOf(notices), null,
                cmd.params().wrapUp().orElseThrow()) : Handled.notices(notices);
    }

    private static Handled notices(VoiceInteraction v) {
        List<AgentNotice> notices = new ArrayList<>(1);
        AgentNotice.fromCall(v, notices);
        return Handled.notices(notices);
    }

    /** A call made from a chat has ended: the chat may end now; the chat's wrap-up covers both. */
    static void endLegIfOver(VoiceInteraction v) {
        if (v.chat != null && v.call.phase() == CallPhase.ENDED && v.id.equals(v.chat.activeCall())) {
            v.chat.multimedia.releaseCall();
            v.wrapUpClosed.addAll(v.call.pendingWrapUps());
        }
    }

    @Override
    public void offer(Interaction i, AgentSeat seat, boolean consult, Instant now) {
        VoiceInteraction v = (VoiceInteraction) i;
        if (consult) {
            v.call.routeConsult(seat.id());
            state.callSync.sync(v, List.of(seat.id()), now);
        } else {
            v.call.offer(seat.id(), now);
            Callbacks.follow(v);
            seat.agent.offer(v.id, Channel.VOICE, now);
        }
    }

    @Override
    public void offerReturned(Interaction i, String agentId, List<AgentNotice> notices) {
        VoiceInteraction v = (VoiceInteraction) i;
        Call c = v.call;
        boolean ringing = c.offeredTo().filter(agentId::equals).isPresent();
        boolean consulted = c.consultedParty().filter(agentId::equals).isPresent() && !c.isConsultAccepted();
        if (ringing || consulted) {
            c.reject(agentId);
            Callbacks.follow(v);
            AgentNotice.fromCall(v, notices);
        }
    }

    @Override
    public void tick(Interaction i, Instant now, List<AgentNotice> notices) {
        VoiceInteraction v = (VoiceInteraction) i;
        if (v.isDialing() && state.config.outboundAnswerDelay()
                .filter(d -> !now.isBefore(v.dialledAt.plus(d))).isPresent()) {
            v.dialledAt = null;
        }
        Set<String> before = state.involved(v);
        v.call.tick(now);
        AgentNotice.fromCall(v, notices);
        Callbacks.follow(v);
        before.addAll(state.involved(v));
        state.callSync.sync(v, before, now);
    }

    @Override
    public boolean liveForTheCustomer(Interaction i) {
        return ((VoiceInteraction) i).call.phase() != CallPhase.ENDED;
    }

    @Override
    public void endByServerStop(Interaction i, Instant now) {
        VoiceInteraction v = (VoiceInteraction) i;
        Set<String> before = state.involved(v);
        v.call.leave(v.customerId);
        if (v.call.phase() != CallPhase.ENDED) {
            v.call.agent1().ifPresent(v.call::release);
        }
        endLegIfOver(v);
        Callbacks.follow(v);
        state.callSync.sync(v, before, now);
        v.call.drainNotices();
    }

    /** The customer hangs up; for an outbound call still ringing, declines it. */
    void customerHangsUp(VoiceInteraction v, Instant now) {
        if (Callbacks.ringingCustomer(v)) {
            throw new ServerRefusal(Reason.CONFLICT, Rule.NOT_ALLOWED_IN_STATE,
                    "the callback's customer is being dialled: answered or missed, not hung up");
        }
        if (v.internalCaller != null) {
            throw new ServerRefusal(Reason.CONFLICT, Rule.NOT_ALLOWED_IN_STATE,
                    "an internal call has no customer to hang up");
        }
        boolean declined = v.isDialing();
        Set<String> before = state.involved(v);
        v.call.leave(v.customerId);
        if (declined) {
            v.call.agent1().map(state.seats::get).ifPresent(seat -> seat.emit(EventTypes.NOTICE, null,
                    new Notice(v.id, null, "The customer did not take the call.")));
        }
        endLegIfOver(v);
        Callbacks.follow(v);
        state.callSync.sync(v, before, now);
        // What the call tells of the customer's leaving reaches agents through their interaction views.
        v.call.drainNotices();
    }

    /**
     * Places a call for the seat's agent: {@code kind} NUMBER dials a customer, AGENT rings another
     * agent. The call is added and stored; the agent's state machine has it as placed.
     */
    VoiceInteraction place(AgentSeat seat, String kind, String to, Instant now) {
        Optional<Rule> refusal = seat.agent.refusalOf(AgentAction.MAKE_CALL);
        if (refusal.isPresent()) {
            throw new ActionRefusedException(refusal.get(), seat.id() + " is " + seat.agent.state());
        }
        state.callLimit.requireRoomToPlace(state.interactions.values());
        long n = state.peekNumber();
        String id = "i-" + n;
        VoiceInteraction v = switch (kind == null ? "" : kind) {
            case "NUMBER" -> outbound(seat, id, "c-" + n, DialString.parse(to == null ? "" : to), now);
            case "AGENT" -> internal(seat, id, to, now);
            default -> throw new ServerRefusal(Reason.INVALID, "kind must be NUMBER or AGENT");
        };
        seat.agent.placeCall(id);
        state.takeNumber();
        state.interactions.put(id, v);
        state.store.interactionArrived(new StoredInteraction(n, id, Channel.VOICE.name(), v.queueId(), v.customerId,
                v.caller.name(), v.caller.number(), now, List.of()));
        state.callSync.sync(v, state.involved(v), now);
        return v;
    }

    /** The customer's phone rings until the customer answers (after the configured delay, or by the simulator). */
    private VoiceInteraction outbound(AgentSeat seat, String id, String customerId, DialString number, Instant now) {
        String name = state.config.directory().stream().filter(e -> e.kind() == DirectoryEntry.Kind.NUMBER
                && e.target().equals(number.value())).map(DirectoryEntry::name).findFirst().orElse(null);
        VoiceInteraction v = new VoiceInteraction(
                Call.outbound(id, seat.id(), customerId, OUTBOUND_SERVICE, state.config.callPolicy()),
                new Caller(name, number.value()), state.cadSet(Map.of()), now);
        v.dialledAt = now;
        return v;
    }

    /** Rings at the called agent like any offer, in Ready or Not Ready as a consult request would. */
    private VoiceInteraction internal(AgentSeat seat, String id, String calledId, Instant now) {
        AgentSeat called = calledId == null ? null : state.seats.get(calledId);
        if (called == null) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no agent " + calledId);
        }
        if (called == seat) {
            throw new ActionRefusedException(Rule.CANNOT_CALL_YOURSELF, calledId);
        }
        Optional<Rule> busy = called.agent.refusalOfConsultOffer(Channel.VOICE);
        if (busy.isPresent()) {
            throw new ActionRefusedException(Rule.CALLED_AGENT_UNAVAILABLE,
                    called.account.name() + " is " + called.agent.state());
        }
        VoiceInteraction v = new VoiceInteraction(
                Call.internal(id, seat.id(), called.id(), INTERNAL_SERVICE, state.config.callPolicy(), now),
                new Caller(seat.account.name(), seat.id()), state.cadSet(Map.of()), now);
        v.internalCaller = seat.id();
        v.calledAgent = called.id();
        return v;
    }
}
