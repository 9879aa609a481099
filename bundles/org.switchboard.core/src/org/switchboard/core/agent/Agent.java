package org.switchboard.core.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final Channel[] CHANNELS = Channel.values();

    private record Offer(Channel channel, Instant deadline, OfferStage stage) {
    }

    private final String id;
    private final AgentPolicy policy;
    /** LOGGED_OUT, NOT_READY, READY or RONA: what the agent is when not working on anything. */
    private AgentState availability = AgentState.LOGGED_OUT;
    private ReasonCode reason;
    private PendingChange pending;
    private final Map<String, Offer> offers = new LinkedHashMap<>();
    private final Map<String, Channel> active = new LinkedHashMap<>();
    private final Map<String, Instant> wrapUps = new LinkedHashMap<>();
    private final int[] activePerChannel = new int[CHANNELS.length];
    private final int[] offeredPerChannel = new int[CHANNELS.length];

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
        if (!active.isEmpty()) {
            return AgentState.BUSY;
        }
        if (!wrapUps.isEmpty()) {
            return AgentState.WRAP_UP;
        }
        if (!offers.isEmpty()) {
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
        EnumSet<Channel> busy = EnumSet.noneOf(Channel.class);
        for (Channel c : CHANNELS) {
            if (activePerChannel[c.ordinal()] > 0) {
                busy.add(c);
            }
        }
        return busy;
    }

    public int activeCount(Channel channel) {
        return activePerChannel[channel.ordinal()];
    }

    public Set<String> activeInteractions() {
        return Collections.unmodifiableSet(active.keySet());
    }

    public Set<String> wrapUps() {
        return Collections.unmodifiableSet(wrapUps.keySet());
    }

    /** Interaction ids with an offer popover showing, oldest first. */
    public Set<String> offers() {
        return Collections.unmodifiableSet(offers.keySet());
    }

    public Optional<OfferStage> offerStage(String interactionId) {
        Offer o = interactionId == null ? null : offers.get(interactionId);
        return o == null ? Optional.empty() : Optional.of(o.stage());
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

    private boolean working() {
        return !active.isEmpty() || !wrapUps.isEmpty() || !offers.isEmpty();
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
                yield offers.isEmpty() ? null : Rule.NO_LOGOUT_WHILE_OFFER_SHOWING;
            }
            case GO_READY -> availability == AgentState.READY && pending == null ? Rule.ALREADY_IN_STATE : null;
            case GO_NOT_READY -> null;
            case ACCEPT_OFFER, REJECT_OFFER -> offers.isEmpty() ? Rule.NO_SUCH_OFFER : null;
            case COMPLETE_WRAP_UP -> wrapUps.isEmpty() ? Rule.NO_WRAP_UP_PENDING : null;
            case MAKE_CALL -> checkMakeCall();
        };
    }

    /** Ready or Not Ready with nothing open: no offer ringing, no interaction, no wrap-up, no pending change. */
    private Rule checkMakeCall() {
        if ((availability != AgentState.READY && availability != AgentState.NOT_READY) || working()
                || pending != null) {
            return Rule.CALL_NEEDS_READY_OR_NOT_READY;
        }
        return activePerChannel[Channel.VOICE.ordinal()] >= policy.capacity().limit(Channel.VOICE)
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
        if (working() && availability != AgentState.RONA) {
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
        if (availability != AgentState.READY || pending != null || !wrapUps.isEmpty()) {
            return Rule.AGENT_NOT_AVAILABLE;
        }
        int used = activePerChannel[channel.ordinal()] + offeredPerChannel[channel.ordinal()];
        return used >= policy.capacity().limit(channel) ? Rule.CAPACITY_REACHED : null;
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
        if ((availability != AgentState.READY && availability != AgentState.NOT_READY) || !wrapUps.isEmpty()
                || (pending != null && pending.target() == AgentState.LOGGED_OUT)) {
            return Rule.CONSULT_TARGET_UNAVAILABLE;
        }
        int used = activePerChannel[channel.ordinal()] + offeredPerChannel[channel.ordinal()];
        return used >= policy.capacity().limit(channel) ? Rule.CAPACITY_REACHED : null;
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
        if (offers.containsKey(interactionId) || active.containsKey(interactionId)
                || wrapUps.containsKey(interactionId)) {
            throw new ActionRefusedException(Rule.DUPLICATE_INTERACTION, interactionId);
        }
        offers.put(interactionId, new Offer(channel, now.plus(policy.offerTimeout()), OfferStage.CONNECTING));
        offeredPerChannel[channel.ordinal()]++;
    }

    /** The connecting popover gives way to the contact-request popover. */
    public void showContactRequest(String interactionId) {
        Offer o = offer(interactionId);
        offers.put(interactionId, new Offer(o.channel(), o.deadline(), OfferStage.CONTACT_REQUEST));
    }

    private Offer offer(String interactionId) {
        Offer o = interactionId == null ? null : offers.get(interactionId);
        if (o == null) {
            throw new ActionRefusedException(Rule.NO_SUCH_OFFER, interactionId);
        }
        return o;
    }

    public void accept(String interactionId) {
        Offer o = offer(interactionId);
        removeOffer(interactionId, o);
        active.put(interactionId, o.channel());
        activePerChannel[o.channel().ordinal()]++;
    }

    /** The agent turns the offer down; the interaction returns to its queue. */
    public void reject(String interactionId) {
        removeOffer(interactionId, offer(interactionId));
        settle();
    }

    /** The offer disappears without the agent's doing (e.g. the customer hung up). */
    public void withdrawOffer(String interactionId) {
        removeOffer(interactionId, offer(interactionId));
        settle();
    }

    private void removeOffer(String interactionId, Offer o) {
        offers.remove(interactionId);
        offeredPerChannel[o.channel().ordinal()]--;
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
        if (active.containsKey(interactionId) || offers.containsKey(interactionId)) {
            throw new ActionRefusedException(Rule.DUPLICATE_INTERACTION, interactionId);
        }
        if (activePerChannel[channel.ordinal()] >= policy.capacity().limit(channel)) {
            throw new ActionRefusedException(Rule.CAPACITY_REACHED, channel.name());
        }
        active.put(interactionId, channel);
        activePerChannel[channel.ordinal()]++;
    }

    /**
     * The interaction ended for this agent. With {@code wrapUp} the agent enters after-call work
     * (ending by {@link #completeWrapUp} or the policy's timeout); otherwise, if nothing else is open,
     * a pending change applies.
     */
    public void end(String interactionId, boolean wrapUp, Instant now) {
        Require.present(now, "now");
        Channel channel = interactionId == null ? null : active.get(interactionId);
        if (channel == null) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, interactionId);
        }
        active.remove(interactionId);
        activePerChannel[channel.ordinal()]--;
        if (wrapUp) {
            wrapUps.put(interactionId, policy.wrapUpTimeout().map(now::plus).orElse(Instant.MAX));
        }
        settle();
    }

    public void completeWrapUp(String interactionId) {
        Require.check(check(AgentAction.COMPLETE_WRAP_UP));
        if (interactionId == null || wrapUps.remove(interactionId) == null) {
            throw new ActionRefusedException(Rule.NO_WRAP_UP_PENDING, interactionId);
        }
        settle();
    }

    private void settle() {
        if (!working() && pending != null) {
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
        List<AgentEvent> events = List.of();
        boolean expired = false;
        for (Offer o : offers.values()) {
            if (!now.isBefore(o.deadline())) {
                expired = true;
                break;
            }
        }
        if (expired) {
            events = new ArrayList<>();
            for (Map.Entry<String, Offer> e : offers.entrySet()) {
                Offer o = e.getValue();
                events.add(!now.isBefore(o.deadline()) ? new AgentEvent.OfferTimedOut(e.getKey(), o.channel())
                        : new AgentEvent.OfferWithdrawn(e.getKey(), o.channel()));
                offeredPerChannel[o.channel().ordinal()]--;
            }
            offers.clear();
            availability = AgentState.RONA;
            reason = null;
            pending = null;
        }
        boolean wrapUpTimedOut = false;
        for (Iterator<Map.Entry<String, Instant>> it = wrapUps.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Instant> e = it.next();
            if (!now.isBefore(e.getValue())) {
                if (events.isEmpty()) {
                    events = new ArrayList<>();
                }
                events.add(new AgentEvent.WrapUpTimedOut(e.getKey()));
                it.remove();
                wrapUpTimedOut = true;
            }
        }
        if (wrapUpTimedOut && !working()) {
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
