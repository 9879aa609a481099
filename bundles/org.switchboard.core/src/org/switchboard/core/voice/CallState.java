package org.switchboard.core.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.internal.Require;
import org.switchboard.core.wrapup.WrapUp;
import org.switchboard.core.wrapup.WrapUpLedger;

/**
 * The state of one voice call and what it looks like to its participants: phase, seats, holds,
 * mutes, recording, the wrap-ups owed and the notices; and the transitions several commands share
 * (ringing, returning to a queue, ending, dropping the consult line). {@link Call} adds the
 * participants' commands, each checked against {@link CallRules} first.
 */
abstract class CallState {

    private final String id;
    private final String customerId;
    final CallPolicy policy;
    CallPhase phase = CallPhase.QUEUED;
    String queueId;
    String offeredTo;
    Instant offerDeadline;
    /** A blind transfer to an agent is abandoned, not re-queued, when the agent does not answer. */
    boolean abandonIfUnanswered;
    String owner;
    boolean customerHeld;
    ConsultLeg consult;
    final List<Party> members = new ArrayList<>(4);
    Party transferee;
    final Set<String> muted = new HashSet<>(4);
    RecordingState recording;
    Instant recordingResumesAt;
    final Set<String> noRouteBack = new HashSet<>(2);
    /** Agents who sat in the AGENT_2 seat and never owned the call. */
    final Set<String> consultedAgents = new HashSet<>(4);
    final WrapUpLedger wrapUps;
    final List<CallNotice> notices = new ArrayList<>(2);

    CallState(String id, String customerId, String queueId, CallPolicy policy) {
        this.id = Require.text(id, "call id");
        this.customerId = Require.text(customerId, "customer id");
        this.queueId = Require.text(queueId, "queue id");
        this.policy = Require.present(policy, "call policy");
        this.recording = policy.recordingEnabled() ? RecordingState.RECORDING : RecordingState.OFF;
        this.wrapUps = new WrapUpLedger(policy.wrapUps());
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public CallPhase phase() {
        return phase;
    }

    /** The queue or entry point the call belongs to (where it returns when not answered). */
    public String queueId() {
        return queueId;
    }

    public Optional<String> offeredTo() {
        return Optional.ofNullable(phase == CallPhase.OFFERED ? offeredTo : null);
    }

    /** Agent 1: the agent who owns the call. */
    public Optional<String> agent1() {
        return Optional.ofNullable(owner);
    }

    /** The consulted party, once known. */
    public Optional<String> consultedParty() {
        return Optional.ofNullable(consult == null || consult.party == null ? null : consult.party.id());
    }

    public boolean isConsultAccepted() {
        return consult != null && consult.accepted;
    }

    public boolean isConsultHeld() {
        return consult != null && consult.held;
    }

    public boolean isCustomerHeld() {
        return customerHeld;
    }

    public List<String> conferenceMembers() {
        List<String> ids = new ArrayList<>(members.size());
        for (Party p : members) {
            ids.add(p.id());
        }
        return List.copyOf(ids);
    }

    public Optional<String> transferee() {
        return Optional.ofNullable(phase == CallPhase.TRANSFER_OFFERED ? transferee.id() : null);
    }

    public boolean isMuted(String participantId) {
        return participantId != null && muted.contains(participantId);
    }

    public RecordingState recording() {
        return recording;
    }

    public Optional<Instant> recordingResumesAt() {
        return Optional.ofNullable(recordingResumesAt);
    }

    /**
     * Parties connected to the call: the customer (while present), agent 1, conference members, an
     * accepted consulted party and a transferee.
     */
    public int parties() {
        if (phase == CallPhase.ENDED) {
            return 0;
        }
        int n = members.size();
        if (owner != null) {
            n++;
        }
        if (consult != null && consult.accepted) {
            n++;
        }
        if (phase == CallPhase.TRANSFER_OFFERED) {
            n++;
        }
        if (phase != CallPhase.CUSTOMER_LEFT_CONFERENCE) {
            n++;
        }
        return n;
    }

    /** False for an agent who transferred this call to an entry point: it cannot route back to them. */
    public boolean mayRouteTo(String agentId) {
        return agentId != null && !noRouteBack.contains(agentId);
    }

    public boolean owesWrapUp(String agentId) {
        return wrapUps.owes(agentId);
    }

    public Set<String> pendingWrapUps() {
        return wrapUps.owed();
    }

    public Optional<WrapUp> wrapUpOf(String agentId) {
        return wrapUps.applied(agentId);
    }

    /** Notices produced since the last call, oldest first; clears them. */
    public List<CallNotice> drainNotices() {
        List<CallNotice> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    boolean isMember(String participantId) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(participantId)) {
                return true;
            }
        }
        return false;
    }

    /** The seat of a participant, or empty if the id is not on the call. */
    public Optional<Role> roleOf(String participantId) {
        return Optional.ofNullable(role(participantId));
    }

    Role role(String pid) {
        if (pid == null) {
            return null;
        }
        if (pid.equals(customerId)) {
            return phase == CallPhase.CUSTOMER_LEFT_CONFERENCE ? null : Role.CUSTOMER;
        }
        if (phase == CallPhase.OFFERED) {
            return pid.equals(offeredTo) ? Role.AGENT_1 : null;
        }
        if (pid.equals(owner)) {
            return Role.AGENT_1;
        }
        if ((consult != null && consult.isParty(pid)) || isMember(pid)
                || (phase == CallPhase.TRANSFER_OFFERED && transferee.id().equals(pid))) {
            return Role.AGENT_2;
        }
        return null;
    }

    void ring(String agentId, Instant now, boolean abandonIfUnanswered) {
        offeredTo = agentId;
        offerDeadline = now.plus(policy.ringTimeout());
        this.abandonIfUnanswered = abandonIfUnanswered;
        phase = CallPhase.OFFERED;
    }

    void unanswered() {
        offeredTo = null;
        offerDeadline = null;
        phase = abandonIfUnanswered ? CallPhase.ENDED : CallPhase.QUEUED;
    }

    void end(boolean ownerWrapsUp) {
        if (ownerWrapsUp && owner != null) {
            wrapUps.owe(owner);
        }
        if (consult != null) {
            dropConsult();
        }
        for (Party m : members) {
            if (m.isAgent()) {
                consultedAgents.add(m.id());
            }
        }
        members.clear();
        muted.clear();
        customerHeld = false;
        offeredTo = null;
        recordingResumesAt = null;
        phase = CallPhase.ENDED;
    }

    /** The call waits in {@code queueId} again. */
    void requeue(String queueId) {
        this.queueId = queueId;
        phase = CallPhase.QUEUED;
    }

    void notice(CallNotice notice) {
        notices.add(notice);
    }

    /** Removes the consult line; a consulted agent never owned the call. */
    void dropConsult() {
        if (consult.party != null) {
            muted.remove(consult.party.id());
            if (consult.party.isAgent()) {
                consultedAgents.add(consult.party.id());
            }
        }
        consult = null;
    }
}
