package org.switchboard.core.agent;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/**
 * One agent's state machine: availability, offers, interactions per channel, wrap-up and the
 * pending state change.
 *
 * <p>Not thread-safe: the server serialises access per agent. Every operation either applies
 * completely or throws {@link ActionRefusedException} and changes nothing. Time-driven rules (offer
 * timeout to RONA, wrap-up timeout) run in {@link #tick(Instant)}.
 */
public final class Agent {

    private static final AgentAction[] ACTIONS = AgentAction.values();

    private final String id;
    private final AgentPolicy policy;
    /** LOGGED_OUT, NOT_READY, READY or RONA: what the agent is when not working on anything. */
    private AgentState availability = AgentState.LOGGED_OUT;
    private ReasonCode reason;
    private PendingChange pending;
    private final AgentWorkload work = new AgentWorkload();

    public Agent(String id, AgentPolicy policy) {
        this.id = Require.text(id, "agent id");
        this.policy = Require.present(policy, "policy");
    }

    public String id() {
        return id;
    }

    public AgentPolicy policy() {
        return policy;
    }

    /** The state shown on the agent-state bar. RONA shows even while other work goes on. */
    public AgentState state() {
        if (availability == AgentState.LOGGED_OUT || availability == AgentState.RONA) {
            return availability;
        }
        if (work.hasActive()) {
            return AgentState.BUSY;
        }
        if (work.hasWrapUps()) {
            return AgentState.WRAP_UP;
        }
        if (work.hasOffers()) {
            return AgentState.RESERVED;
        }
        return availability;
    }

    /** The state the agent returns to when idle: LOGGED_OUT, NOT_READY, READY or RONA. */
    public AgentState availability() {
        return availability;
    }

    /** The Not Ready reason, present only while the availability is NOT_READY. */
    public Optional<ReasonCode> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<PendingChange> pendingChange() {
        return Optional.ofNullable(pending);
    }

    /** Channels with at least one interaction in progress. */
    public Set<Channel> busyChannels() {
        return work.busyChannels();
    }

    public int activeCount(Channel channel) {
        return work.activeCount(channel);
    }

    public Set<String> activeInteractions() {
        return work.activeInteractions();
    }

    public Set<String> wrapUps() {
        return work.wrapUps();
    }

    /** Interaction ids with an offer popover showing, oldest first. */
    public Set<String> offers() {
        return work.offers();
    }

    public Optional<OfferStage> offerStage(String interactionId) {
        return work.offerStage(interactionId);
    }

    // ---- allowed actions --------------------------------------------------------------------

    public boolean isAllowed(AgentAction action) {
        return check(action) == null;
    }

    /** Why {@code action} would be refused now, or empty if it is allowed. */
    public Optional<Rule> refusalOf(AgentAction action) {
        return Optional.ofNullable(check(Require.present(action, "action")));
    }

    public EnumSet<AgentAction> allowedActions() {
        EnumSet<AgentAction> allowed = EnumSet.noneOf(AgentAction.class);
        for (AgentAction a : ACTIONS) {
            if (check(a) == null) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    private Rule check(AgentAction action) {
        if (availability == AgentState.LOGGED_OUT) {
            return action == AgentAction.LOGIN ? null : Rule.NOT_LOGGED_IN;
        }
        return switch (action) {
            case LOGIN -> Rule.ALREADY_LOGGED_IN;
            case LOGOUT -> {
                if (availability == AgentState.RONA) {
                    yield Rule.RONA_NEEDS_AGENT_CHOICE;
                }
                yield work.hasOffers() ? Rule.NO_LOGOUT_WHILE_OFFER_SHOWING : null;
            }
            case GO_READY -> availability == AgentState.READY && pending == null ? Rule.ALREADY_IN_STATE : null;
            case GO_NOT_READY -> null;
            case ACCEPT_OFFER, REJECT_OFFER -> work.hasOffers() ? null : Rule.NO_SUCH_OFFER;
            case COMPLETE_WRAP_UP -> work.hasWrapUps() ? null : Rule.NO_WRAP_UP_PENDING;
            case MAKE_CALL -> checkMakeCall();
        };
    }

    /** Ready or Not Ready with nothing open: no offer ringing, no interaction, no wrap-up, no pending change. */
    private Rule checkMakeCall() {
        if ((availability != AgentState.READY && availability != AgentState.NOT_READY) || work.working()
                || pending != null) {
            return Rule.CALL_NEEDS_READY_OR_NOT_READY;
        }
        return work.activeCount(Channel.VOICE) >= policy.capacity().limit(Channel.VOICE)
                ? Rule.CAPACITY_REACHED : null;
    }

    // ---- agent's own choices ----------------------------------------------------------------

    /** Logs in; the agent starts Not Ready. */
    public void login() {
        Require.check(check(AgentAction.LOGIN));
        availability = AgentState.NOT_READY;
        reason = ReasonCode.AFTER_LOGIN;
    }

    /** Logs out, or holds the logout as pending while interactions are in progress. */
    public void logout() {
        Require.check(check(AgentAction.LOGOUT));
        change(new PendingChange(AgentState.LOGGED_OUT, null));
    }

    /** Makes the agent Ready; during an interaction the change is held as pending. */
    public void goReady() {
        Require.check(check(AgentAction.GO_READY));
        change(new PendingChange(AgentState.READY, null));
    }

    /** Makes the agent Not Ready with a configured reason; pending during an interaction. */
    public void goNotReady(ReasonCode why) {
        Require.check(check(AgentAction.GO_NOT_READY));
        Require.present(why, "reason code");
        if (!policy.knows(why)) {
            throw new ActionRefusedException(Rule.UNKNOWN_REASON_CODE, why.code());
        }
        if (availability == AgentState.NOT_READY && why.equals(reason) && pending == null) {
            throw new ActionRefusedException(Rule.ALREADY_IN_STATE);
        }
        change(new PendingChange(AgentState.NOT_READY, why));
    }

    private void change(PendingChange change) {
        // Leaving RONA is the agent's own choice and takes effect at once, even with other work open.
        if (work.working() && availability != AgentState.RONA) {
            pending = change;
        } else {
            apply(change);
        }
    }

    private void apply(PendingChange change) {
        availability = change.target();
        reason = change.target() == AgentState.NOT_READY ? change.reason() : null;
        pending = null;
    }

    // ---- offers and interactions (system events) -------------------------------------------

    /** Why an offer on {@code channel} would be refused now, or empty if the agent can take it. */
    public Optional<Rule> refusalOfOffer(Channel channel) {
        return Optional.ofNullable(checkOffer(Require.present(channel, "channel")));
    }

    private Rule checkOffer(Channel channel) {
        if (availability == AgentState.LOGGED_OUT) {
            return Rule.NOT_LOGGED_IN;
        }
        if (availability != AgentState.READY || pending != null || work.hasWrapUps()) {
            return Rule.AGENT_NOT_AVAILABLE;
        }
        return work.used(channel) >= policy.capacity().limit(channel) ? Rule.CAPACITY_REACHED : null;
    }

    /**
     * Why a consult request on {@code channel} would be refused now, or empty: agents in Ready or Not
     * Ready can be consulted (not in RONA, wrap-up or with a pending logout), within their capacity.
     */
    public Optional<Rule> refusalOfConsultOffer(Channel channel) {
        return Optional.ofNullable(checkConsultOffer(Require.present(channel, "channel")));
    }

    private Rule checkConsultOffer(Channel channel) {
        if (availability == AgentState.LOGGED_OUT) {
            return Rule.NOT_LOGGED_IN;
        }
        if ((availability != AgentState.READY && availability != AgentState.NOT_READY) || work.hasWrapUps()
                || (pending != null && pending.target() == AgentState.LOGGED_OUT)) {
            return Rule.CONSULT_TARGET_UNAVAILABLE;
        }
        return work.used(channel) >= policy.capacity().limit(channel) ? Rule.CAPACITY_REACHED : null;
    }

    /** Shows an offer (connecting popover). It must be answered before {@code now + offerTimeout}. */
    public void offer(String interactionId, Channel channel, Instant now) {
        Require.check(checkOffer(Require.present(channel, "channel")));
        addOffer(interactionId, channel, now);
    }

    /**
     * Shows a consult request: as {@link #offer}, but to an agent in Ready or Not Ready. Unanswered,
     * it puts the agent in RONA like any offer.
     */
    public void offerConsult(String interactionId, Channel channel, Instant now) {
        Require.check(checkConsultOffer(Require.present(channel, "channel")));
        addOffer(interactionId, channel, now);
    }

    private void addOffer(String interactionId, Channel channel, Instant now) {
        Require.text(interactionId, "interaction id");
        Require.present(now, "now");
        work.addOffer(interactionId, channel, now.plus(policy.offerTimeout()));
    }

    /** The connecting popover gives way to the contact-request popover. */
    public void showContactRequest(String interactionId) {
        work.showContactRequest(interactionId);
    }

    public void accept(String interactionId) {
        work.accept(interactionId);
    }

    /** The agent turns the offer down; the interaction returns to its queue. */
    public void reject(String interactionId) {
        work.removeOffer(interactionId);
        settle();
    }

    /** The offer disappears without the agent's doing (e.g. the customer hung up). */
    public void withdrawOffer(String interactionId) {
        work.removeOffer(interactionId);
        settle();
    }

    /**
     * The agent places an outbound or internal call: allowed in Ready or Not Ready with nothing else
     * open (see {@link AgentAction#MAKE_CALL}); the call is then in progress and the agent Busy.
     */
    public void placeCall(String interactionId) {
        Require.check(check(AgentAction.MAKE_CALL));
        start(interactionId, Channel.VOICE);
    }

    /** Adds an interaction the agent started (outbound call, new email) without an offer. */
    public void start(String interactionId, Channel channel) {
        Require.text(interactionId, "interaction id");
        Require.present(channel, "channel");
        if (availability == AgentState.LOGGED_OUT) {
            throw new ActionRefusedException(Rule.NOT_LOGGED_IN);
        }
        work.start(interactionId, channel, policy.capacity().limit(channel));
    }

    /**
     * The interaction ended for this agent. With {@code wrapUp} the agent enters after-call work
     * (ending by {@link #completeWrapUp} or the policy's timeout); otherwise, if nothing else is open,
     * a pending change applies.
     */
    public void end(String interactionId, boolean wrapUp, Instant now) {
        Require.present(now, "now");
        work.end(interactionId, wrapUp ? Optional.of(policy.wrapUpTimeout().map(now::plus).orElse(Instant.MAX))
                : Optional.empty());
        settle();
    }

    public void completeWrapUp(String interactionId) {
        Require.check(check(AgentAction.COMPLETE_WRAP_UP));
        work.completeWrapUp(interactionId);
        settle();
    }

    private void settle() {
        if (!work.working() && pending != null) {
            apply(pending);
        }
    }

    /**
     * Runs time-driven rules: an offer past its deadline returns to its queue (as do the other
     * offers showing) and puts the agent in RONA; a wrap-up past its limit closes and sends the
     * agent to the policy's state unless a pending change says otherwise.
     */
    public List<AgentEvent> tick(Instant now) {
        Require.present(now, "now");
        List<AgentEvent> events = work.expireOffers(now);
        if (!events.isEmpty()) {
            availability = AgentState.RONA;
            reason = null;
            pending = null;
        }
        int beforeWrapUps = events.size();
        events = work.expireWrapUps(now, events);
        boolean wrapUpTimedOut = events.size() > beforeWrapUps;
        if (wrapUpTimedOut && !work.working()) {
            if (pending != null) {
                apply(pending);
            } else if (availability != AgentState.RONA) {
                apply(new PendingChange(policy.afterWrapUpTimeout(),
                        policy.afterWrapUpTimeout() == AgentState.NOT_READY ? ReasonCode.WRAP_UP_TIMEOUT : null));
            }
        }
        return events.isEmpty() ? List.of() : List.copyOf(events);
    }

    @Override
    public String toString() {
        return "Agent[" + id + ", " + state() + (pending == null ? "" : ", pending " + pending.target()) + "]";
    }
}
