package org.switchboard.core.voice;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;
import org.switchboard.core.wrapup.WrapUp;

/**
 * One voice interaction and everything its participants may do: hold, consult, transfer,
 * conference, recording and wrap-up, following the consult and conference participant tables.
 *
 * <p>What the call looks like is {@link CallState}'s; the consult line is applied by
 * {@link CallConsults}, transfers and the conference by {@link CallTransfers}; this class takes
 * the participants' commands and checks each against {@link CallRules} before it is applied.
 *
 * <p>Participants are named by id: the customer's id, or an agent's id (or, for an outside party, its
 * dial number). {@link #roleOf(String)} maps an id to its seat. Each action checks
 * {@link CallRules} first; a refused action throws {@link ActionRefusedException} naming the rule and
 * changes nothing.
 *
 * <p>Not thread-safe: the server serialises the commands of one interaction.
 */
public final class Call extends CallState {

    private static final CallAction[] ACTIONS = CallAction.values();

    private final CallConsults consults = new CallConsults(this);
    private final CallTransfers transfers = new CallTransfers(this);

    private Call(String id, String customerId, String queueId, CallPolicy policy) {
        super(id, customerId, queueId, policy);
    }

    /** An inbound call waiting in {@code queueId}. */
    public static Call queued(String id, String customerId, String queueId, CallPolicy policy) {
        return new Call(id, customerId, queueId, policy);
    }

    /** An outbound call agent {@code agentId} placed, answered by the customer. */
    public static Call outbound(String id, String agentId, String customerId, String queueId, CallPolicy policy) {
        Call c = new Call(id, customerId, queueId, policy);
        c.owner = Require.text(agentId, "agent id");
        c.phase = CallPhase.CONNECTED;
        return c;
    }

    /**
     * An internal call: agent {@code callerId} calls agent {@code calledId}, which rings like any offer
     * until {@code now + ringTimeout}. The caller sits in the customer's seat; the called agent
     * answers as agent 1. Not answered or turned down, the call ends: it has no queue to return to.
     */
    public static Call internal(String id, String callerId, String calledId, String queueId, CallPolicy policy,
            Instant now) {
        Require.text(calledId, "called agent id");
        Require.present(now, "now");
        if (calledId.equals(callerId)) {
            throw new ActionRefusedException(Rule.CANNOT_CALL_YOURSELF, calledId);
        }
        Call c = new Call(id, callerId, queueId, policy);
        c.ring(calledId, now, true);
        return c;
    }

    /** Allocation-free: may {@code participantId} do {@code action} now? */
    public boolean isAllowed(String participantId, CallAction action) {
        return action != null && CallRules.check(this, role(participantId), participantId, action) == null;
    }

    /** The rule that refuses {@code action} for {@code participantId} now, or empty if it is allowed. */
    public Optional<Rule> refusalOf(String participantId, CallAction action) {
        Require.present(action, "action");
        return Optional.ofNullable(CallRules.check(this, role(participantId), participantId, action));
    }

    /** The actions {@code participantId} may take now (a fresh set the caller owns). */
    public EnumSet<CallAction> allowedActions(String participantId) {
        EnumSet<CallAction> allowed = EnumSet.noneOf(CallAction.class);
        Role role = role(participantId);
        for (CallAction a : ACTIONS) {
            if (CallRules.check(this, role, participantId, a) == null) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    private void require(String actor, CallAction action) {
        Rule refusal = CallRules.check(this, role(actor), actor, action);
        if (refusal != null) {
            throw new ActionRefusedException(refusal, action + " by " + (actor == null ? "nobody" : actor));
        }
    }

    /** Dispatches a command by name, as the server receives it. */
    public void apply(String actor, CallAction action, CallParams params, Instant now) {
        Require.present(action, "action");
        CallParams p = params == null ? CallParams.none() : params;
        Require.present(now, "now");
        switch (action) {
            case ANSWER -> answer(actor);
            case REJECT -> reject(actor);
            case HOLD -> hold(actor);
            case RESUME -> resume(actor);
            case HOLD_CONSULT -> holdConsult(actor);
            case RESUME_CONSULT -> resumeConsult(actor);
            case MUTE -> mute(actor);
            case UNMUTE -> unmute(actor);
            case SEND_DTMF -> sendDtmf(actor, p.digits().orElse(null));
            case RELEASE -> release(actor);
            case CONSULT -> consult(actor, p.target().orElse(null), now);
            case ACCEPT_CONSULT -> acceptConsult(actor);
            case TRANSFER -> transfer(actor, p.party().orElse(null));
            case BLIND_TRANSFER -> blindTransfer(actor, p.target().orElse(null), now);
            case ACCEPT_TRANSFER -> acceptTransfer(actor);
            case CONFERENCE -> conference(actor);
            case EXIT_CONSULT -> exitConsult(actor);
            case END_CONSULT -> endConsult(actor);
            case EXIT_CONFERENCE -> exitConference(actor);
            case END_CONFERENCE -> endConference(actor);
            case PAUSE_RECORDING -> pauseRecording(actor, now);
            case RESUME_RECORDING -> resumeRecording(actor);
            case EDIT_CAD -> require(actor, CallAction.EDIT_CAD);
            case WRAP_UP -> applyWrapUp(actor, p.wrapUp().orElse(null), now);
            case LEAVE -> leave(actor);
        }
    }

    /** Routing offers the queued call to an agent; it rings until {@code now + ringTimeout}. */
    public void offer(String agentId, Instant now) {
        Require.text(agentId, "agent id");
        Require.present(now, "now");
        if (phase != CallPhase.QUEUED) {
            throw new ActionRefusedException(Rule.NOT_QUEUED, phase.name());
        }
        if (noRouteBack.contains(agentId)) {
            throw new ActionRefusedException(Rule.NO_ROUTE_BACK_AFTER_ENTRY_POINT_TRANSFER, agentId);
        }
        ring(agentId, now, false);
    }

    public void answer(String actor) {
        require(actor, CallAction.ANSWER);
        owner = offeredTo;
        offeredTo = null;
        phase = CallPhase.CONNECTED;
    }

    /** Turns down a ringing call, a consult request, or a transfer request. */
    public void reject(String actor) {
        require(actor, CallAction.REJECT);
        switch (phase) {
            case OFFERED -> unanswered();
            case TRANSFER_OFFERED -> {
                notices.add(new CallNotice(actor, Rule.TRANSFER_NOT_ACCEPTED, "The transferred call was abandoned."));
                end(false);
            }
            default -> consults.fail(Rule.CONSULT_FAILED,
                    "The consult with " + consult.party.id() + " failed: it was not accepted.");
        }
    }

    /**
     * Time-driven rules: an unanswered offer returns to the queue (the agent goes RONA), an
     * unanswered consult fails with a notice to agent 1, and a privacy-shield pause resumes
     * recording. Returns the notices this tick produced.
     */
    public List<CallNotice> tick(Instant now) {
        Require.present(now, "now");
        int before = notices.size();
        if (phase == CallPhase.OFFERED && !now.isBefore(offerDeadline)) {
            notices.add(new CallNotice(offeredTo, Rule.OFFER_NOT_ANSWERED,
                    abandonIfUnanswered ? "The transferred call was not answered and was abandoned."
                            : "The call was not answered in time and returned to its queue."));
            unanswered();
        }
        if (consult != null && !consult.accepted && !now.isBefore(consult.deadline)) {
            consults.fail(Rule.CONSULT_FAILED, "The consult with "
                    + (consult.party == null ? "the selected target" : consult.party.id()) + " failed: not answered.");
        }
        if (recording == RecordingState.PAUSED && recordingResumesAt != null && !now.isBefore(recordingResumesAt)) {
            recording = RecordingState.RECORDING;
            recordingResumesAt = null;
        }
        return notices.size() == before ? List.of() : List.copyOf(notices.subList(before, notices.size()));
    }

    public void hold(String actor) {
        require(actor, CallAction.HOLD);
        customerHeld = true;
    }

    /** Takes the customer off hold; during a consult the consulted party goes on hold instead. */
    public void resume(String actor) {
        require(actor, CallAction.RESUME);
        customerHeld = false;
        if (phase == CallPhase.CONSULT) {
            consult.held = true;
        }
    }

    /**
     * Consult on hold: agent 1 puts the consulted agent on hold, once they have accepted. Both lines
     * are never held at once, so the customer comes off hold and agent 1 is back with them.
     */
    public void holdConsult(String actor) {
        require(actor, CallAction.HOLD_CONSULT);
        consult.held = true;
        customerHeld = false;
    }

    /** Takes the consulted party off hold; the customer goes on hold. */
    public void resumeConsult(String actor) {
        require(actor, CallAction.RESUME_CONSULT);
        consult.held = false;
        customerHeld = true;
    }

    public void mute(String actor) {
        require(actor, CallAction.MUTE);
        muted.add(actor);
    }

    public void unmute(String actor) {
        require(actor, CallAction.UNMUTE);
        muted.remove(actor);
    }

    /** Sends DTMF tones: digits 0-9, * and #, at most 64. */
    public void sendDtmf(String actor, String digits) {
        require(actor, CallAction.SEND_DTMF);
        if (digits == null || digits.isEmpty() || digits.length() > 64 || !digits.matches("[0-9*#]+")) {
            throw new ActionRefusedException(Rule.INVALID_DTMF, "use 1 to 64 of 0-9, * and #");
        }
    }

    /** Agent 1 hangs up: the call ends for everyone and agent 1 goes to wrap-up. */
    public void release(String actor) {
        require(actor, CallAction.RELEASE);
        end(true);
    }

    /** The customer hangs up. */
    public void leave(String actor) {
        require(actor, CallAction.LEAVE);
        switch (phase) {
            case QUEUED, OFFERED, TRANSFER_OFFERED -> end(false);
            case CONFERENCE -> {
                if (consult != null) {
                    dropConsult();
                }
                customerHeld = false;
                wrapUps.owe(owner);
                phase = CallPhase.CUSTOMER_LEFT_CONFERENCE;
            }
            default -> end(true);
        }
    }

    /**
     * Agent 1 consults an agent, queue, entry point or dial number. From a two-party call the
     * customer goes on hold; from a conference the conference carries on.
     */
    public void consult(String actor, Target target, Instant now) {
        require(actor, CallAction.CONSULT);
        consults.consult(target, now);
    }

    /**
     * The queue or entry point of a consult still looking for an agent (routing then calls
     * {@link #routeConsult}); empty when there is no such consult.
     */
    public Optional<String> consultWaitingForAgent() {
        return consults.waitingForAgent();
    }

    /** A consult to a queue or entry point reached an agent: that agent now rings as agent 2. */
    public void routeConsult(String agentId) {
        consults.route(agentId);
    }

    /** The consulted party accepts (for a dial number: the far end answers). */
    public void acceptConsult(String actor) {
        require(actor, CallAction.ACCEPT_CONSULT);
        consult.accepted = true;
    }

    /** The consulted party leaves; agent 1 and the customer continue. */
    public void exitConsult(String actor) {
        require(actor, CallAction.EXIT_CONSULT);
        consults.exit();
    }

    /** Agent 1 ends the consult call: the customer and agent 2 are removed; agent 1 wraps up. */
    public void endConsult(String actor) {
        require(actor, CallAction.END_CONSULT);
        end(true);
    }

    /**
     * Warm transfer to the consulted agent, or to a conference member ({@code toParty}; may be null
     * when there is exactly one). Agent 1 leaves for wrap-up; the transferee talks with the customer
     * and accepts.
     */
    public void transfer(String actor, String toParty) {
        require(actor, CallAction.TRANSFER);
        transfers.transfer(toParty);
    }

    public void acceptTransfer(String actor) {
        require(actor, CallAction.ACCEPT_TRANSFER);
        transfers.acceptTransfer();
    }

    /**
     * Transfer without consulting. To an agent: must be Ready (never one in wrap-up); the call rings
     * there and is abandoned if not answered. To a queue: it waits there. To an entry point: it is
     * routed anew but never back to the transferring agent. To a dial number: it leaves.
     */
    public void blindTransfer(String actor, Target target, Instant now) {
        require(actor, CallAction.BLIND_TRANSFER);
        transfers.blindTransfer(target, now);
    }

    /** Agent 1 joins the consulted party into a conference; nobody is on hold in a conference. */
    public void conference(String actor) {
        require(actor, CallAction.CONFERENCE);
        transfers.conference();
    }

    /** A conference member leaves; the call goes on between agent 1 and the customer. */
    public void exitConference(String actor) {
        require(actor, CallAction.EXIT_CONFERENCE);
        transfers.exitConference(actor);
    }

    /** Agent 1 ends the conference: the customer and the other agents are removed; agent 1 wraps up. */
    public void endConference(String actor) {
        require(actor, CallAction.END_CONFERENCE);
        end(true);
    }

    /** Pauses recording; with a privacy shield it resumes by itself after the administrator's pause. */
    public void pauseRecording(String actor, Instant now) {
        require(actor, CallAction.PAUSE_RECORDING);
        Require.present(now, "now");
        recording = RecordingState.PAUSED;
        recordingResumesAt = policy.privacyShield().map(now::plus).orElse(null);
    }

    public void resumeRecording(String actor) {
        require(actor, CallAction.RESUME_RECORDING);
        recording = RecordingState.RECORDING;
        recordingResumesAt = null;
    }

    /** Applies the wrap-up the agent owes for this call. Only agent 1 (the owner) ever owes one. */
    public void applyWrapUp(String agentId, WrapUp wrapUp, Instant now) {
        require(agentId, CallAction.WRAP_UP);
        wrapUps.apply(agentId, wrapUp, now);
    }

    @Override
    public String toString() {
        return "Call[" + id() + ", " + phase + ", agent1=" + owner + ", parties=" + parties() + "]";
    }
}
