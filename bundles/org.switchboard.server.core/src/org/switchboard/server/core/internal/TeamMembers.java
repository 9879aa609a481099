package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.core.agent.Agent;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.TeamMemberView;

/**
 * The agents as their supervisors see them: each one's state, time in state and current
 * interaction, published to the team's present supervisors when it changes. Also remembers the
 * interactions each agent worked on lately, which it may flag for review once they are over.
 * Event-loop confined.
 */
final class TeamMembers {

    static final int REMEMBERED_INTERACTIONS = 32;

    private final CenterState state;
    private final Supervisors supervisors;
    private final Map<String, TeamMemberView> shown = new HashMap<>();
    private final Map<String, Deque<String>> recent = new HashMap<>();

    TeamMembers(CenterState state, Supervisors supervisors) {
        this.state = state;
        this.supervisors = supervisors;
    }

    List<TeamMemberView> of(String teamId) {
        List<TeamMemberView> out = new ArrayList<>();
        for (AgentSeat seat : state.seats.values()) {
            if (seat.account.teamId().equals(teamId)) {
                out.add(view(seat));
            }
        }
        return out;
    }

    /** Compares every agent of a team that has a supervisor present with what was last published. */
    void publish() {
        for (AgentSeat seat : state.seats.values()) {
            String teamId = seat.account.teamId();
            TeamMemberView view = view(seat);
            remember(seat.id(), view.interactionId());
            if (!view.equals(shown.get(seat.id())) && supervisors.anyFor(teamId)) {
                shown.put(seat.id(), view);
                supervisors.emit(teamId, EventTypes.TEAM_MEMBER, view);
            }
        }
    }

    /** The agent worked on the interaction lately (now or among the last {@value #REMEMBERED_INTERACTIONS}). */
    boolean workedOn(String agentId, String interactionId) {
        Deque<String> ids = recent.get(agentId);
        return ids != null && ids.contains(interactionId);
    }

    private void remember(String agentId, String interactionId) {
        if (interactionId == null) {
            return;
        }
        Deque<String> ids = recent.computeIfAbsent(agentId, k -> new ArrayDeque<>());
        if (!interactionId.equals(ids.peekLast())) {
            ids.remove(interactionId);
            ids.addLast(interactionId);
            if (ids.size() > REMEMBERED_INTERACTIONS) {
                ids.removeFirst();
            }
        }
    }

    private TeamMemberView view(AgentSeat seat) {
        Agent a = seat.agent;
        Interaction current = current(a);
        String customer = current == null || current.caller == null ? null
                : current.caller.name() != null ? current.caller.name() : current.caller.number();
        Instant since = seat.stateSince;
        return new TeamMemberView(seat.id(), seat.account.name(), a.state().name(),
                a.reason().map(r -> r.code()).orElse(null), since, seat.log != null && seat.log.isAbsent(),
                current == null ? null : current.id, current == null ? null : current.channel().name(),
                current == null ? null : current.state(), customer);
    }

    /** The newest active interaction, else the newest in wrap-up, else the newest offered. */
    private Interaction current(Agent a) {
        for (var ids : List.of(a.activeInteractions(), a.wrapUps(), a.offers())) {
            Interaction found = null;
            for (String id : ids) {
                Interaction i = state.interactions.peek(id);
                if (i != null) {
                    found = i;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
