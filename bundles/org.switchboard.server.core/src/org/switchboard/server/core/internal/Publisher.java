package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentState;
import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.InteractionRemoved;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.store.AgentStateChange;

/**
 * Tells each agent what changed after every change: an interaction's view when it differs from what
 * the agent was last shown, its removal when the agent no longer takes part, the agent's own state.
 * Writes the interactions' and agents' states to the store's history on the way, and ends the
 * sessions of agents now logged out. Event-loop confined.
 */
final class Publisher {

    /** Up to this many live interactions, comparing them all costs less than a request's I/O. */
    private static final int COMPARE_ALL_UP_TO = 64;

    private final CenterState state;
    private final Views views;
    private final Restoration restoration;
    private final Sessions sessions;
    /** Seats whose agent view may have changed since the last publish: those a request, a tick or routing changed. */
    private final Set<AgentSeat> dirtySeats = new LinkedHashSet<>();
    private boolean allSeatsDirty = true;
    /**
     * After a tick, or while there are few, every interaction is compared with what its agents were
     * shown; otherwise only the touched ones (a tick still looks at all of them).
     */
    private boolean allInteractionsDirty = true;
    /** Sessions of agents now logged out, ended once the request that logged them out has its outcome out. */
    private final List<AgentSeat> loggedOut = new ArrayList<>();
    private boolean answering;

    Publisher(CenterState state, Views views, Restoration restoration, Sessions sessions) {
        this.state = state;
        this.views = views;
        this.restoration = restoration;
        this.sessions = sessions;
    }

    /** The seat's agent view may have changed. */
    void seatChanged(AgentSeat seat) {
        dirtySeats.add(seat);
    }

    /** Every interaction may have changed (time passed): all are compared with what their agents were shown. */
    void allInteractionsChanged() {
        allInteractionsDirty = true;
    }

    void allSeatsChanged() {
        allSeatsDirty = true;
    }

    /**
     * While a request is answered, the sessions it logged out stay open until its outcome is out;
     * {@link #answered()} ends them.
     */
    void answering() {
        answering = true;
    }

    void answered() {
        answering = false;
        endLoggedOutSessions();
    }

    void publish(Instant now) {
        // The interactions that may have changed, and any of an agent whose view of one changed (a
        // chat and the call to its customer share an agent): compared with what each agent was shown.
        Collection<Interaction> candidates = state.interactions.takeTouched();
        if (allInteractionsDirty || state.interactions.size() <= COMPARE_ALL_UP_TO) {
            candidates = List.copyOf(state.interactions.values());
            allInteractionsDirty = false;
        } else if (!allSeatsDirty) {
            for (AgentSeat seat : dirtySeats) {
                addInteractionsOf(seat, candidates);
            }
        }
        Deque<Interaction> work = new ArrayDeque<>(candidates);
        Set<Interaction> compared = new HashSet<>();
        while (!work.isEmpty()) {
            Interaction i = work.poll();
            if (!compared.add(i) || state.interactions.peek(i.id) != i) {
                continue;
            }
            publish(i, now, work);
        }
        state.interactions.takeTouched();
        publishAgents(now);
        if (!answering) {
            endLoggedOutSessions();
        }
    }

    private void publish(Interaction i, Instant now, Deque<Interaction> work) {
        state.storeState(i, now);
        Set<String> involved = state.involved(i);
        for (String agentId : involved) {
            InteractionView view = views.interaction(i, agentId);
            if (!view.equals(i.shown.get(agentId))) {
                i.shown.put(agentId, view);
                AgentSeat seat = state.seats.get(agentId);
                seat.shown.add(i);
                seat.emit(EventTypes.INTERACTION, null, view);
                if (dirtySeats.add(seat)) {
                    addInteractionsOf(seat, work);
                }
            }
        }
        for (var shown = i.shown.keySet().iterator(); shown.hasNext();) {
            String agentId = shown.next();
            if (!involved.contains(agentId)) {
                shown.remove();
                AgentSeat seat = state.seats.get(agentId);
                seat.shown.remove(i);
                if (i instanceof VoiceInteraction v && v.isInternalCaller(agentId) && !v.callerHungUp
                        && v.call.agent1().isEmpty()) {
                    AgentSeat called = state.seats.get(v.calledAgent);
                    seat.emit(EventTypes.NOTICE, null, new Notice(v.id, Rule.OFFER_NOT_ANSWERED.name(),
                            called.account.name() + " did not answer the call."));
                }
                seat.emit(EventTypes.INTERACTION_REMOVED, null, new InteractionRemoved(i.id));
                if (dirtySeats.add(seat)) {
                    addInteractionsOf(seat, work);
                }
            }
        }
        if (i.isOver() && involved.isEmpty()) {
            state.interactions.remove(i.id);
        }
    }

    /**
     * An agent's state changes by its own requests, with its interactions (whose views were just
     * compared) or by time: only those seats are looked at, all of them after a tick.
     */
    private void publishAgents(Instant now) {
        Iterable<AgentSeat> changed = allSeatsDirty ? state.seats.values() : List.copyOf(dirtySeats);
        allSeatsDirty = false;
        dirtySeats.clear();
        for (AgentSeat seat : changed) {
            AgentView view = views.agent(seat);
            if (view.state().equals(AgentState.READY.name())
                    && (seat.published == null || !seat.published.state().equals(AgentState.READY.name()))) {
                seat.idleSince = now;
            }
            if (!view.state().equals(seat.storedState) || !Objects.equals(view.reasonCode(), seat.storedReason)) {
                seat.storedState = view.state();
                seat.storedReason = view.reasonCode();
                state.store.agentStateChanged(new AgentStateChange(seat.id(), now, view.state(), view.reasonCode()));
            }
            restoration.record(seat, now);
            if (!view.equals(seat.published)) {
                if (seat.published == null || !seat.published.state().equals(view.state())) {
                    seat.stateSince = now;
                }
                seat.published = view;
                seat.emit(EventTypes.AGENT_STATE, null, view);
            }
            if (seat.agent.availability() == AgentState.LOGGED_OUT && seat.hasSession()) {
                loggedOut.add(seat);
            }
        }
    }

    /** Ends the sessions of agents logged out, after the outcome of the request that did it (a wrap-up) is out. */
    private void endLoggedOutSessions() {
        for (AgentSeat seat : loggedOut) {
            if (seat.agent.availability() == AgentState.LOGGED_OUT) {
                sessions.end(seat);
            }
        }
        loggedOut.clear();
    }

    /** The interactions an agent was shown or its state machine holds. */
    private void addInteractionsOf(AgentSeat seat, Collection<Interaction> into) {
        into.addAll(seat.shown);
        for (Collection<String> ids : List.of(seat.agent.offers(), seat.agent.activeInteractions(),
                seat.agent.wrapUps())) {
            for (String id : ids) {
                Interaction i = state.interactions.peek(id);
                if (i != null) {
                    into.add(i);
                }
            }
        }
    }
}
