package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.HelpRequestView;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.SupervisedCallView;
import org.switchboard.server.core.TeamConfig;
import org.switchboard.server.core.TeamDesk;
import org.switchboard.server.core.TeamMemberView;
import org.switchboard.server.core.TeamSnapshot;

/**
 * The team functions' entry points: supervisors joining and leaving, the team's agents, supervisors
 * listening to calls, help requests and review flags. Each runs on the event loop; the engine calls {@link #publish} after
 * every change so the supervisors see their agents as they are.
 */
final class TeamHandler implements TeamDesk {

    private final EventLoop loop;
    private final CenterState state;
    private final Supervisors supervisors;
    private final TeamMembers members;
    private final HelpRequests requests;
    private final Consumer<Instant> afterChange;
    /** The calls with a supervisor on them. */
    private final Set<VoiceInteraction> supervised = new LinkedHashSet<>();

    TeamHandler(EventLoop loop, CenterState state, Consumer<Instant> afterChange) {
        this.loop = loop;
        this.state = state;
        this.afterChange = afterChange;
        this.supervisors = new Supervisors(state);
        this.members = new TeamMembers(state, supervisors);
        this.requests = new HelpRequests(state, supervisors);
    }

    /**
     * After every change in the engine: the agents as supervisors see them. A supervisor whose desktop
     * has been gone as long as an agent's would be logged out (its stream closed, the desktop crashed
     * or lost the network) leaves, as at its log out.
     */
    void publish(Instant now) {
        for (Supervisors.Seat gone : supervisors.goneSince(now, state.config.presence().logout())) {
            leaveNow(gone.id());
        }
        members.publish();
    }

    /** After every change, before the interactions are published: supervisors leave the calls that ended. */
    void leaveEndedCalls() {
        for (VoiceInteraction v : List.copyOf(supervised)) {
            if (v.isOver() || v.call.agent1().isEmpty()) {
                for (String supervisorId : List.copyOf(v.supervisors.keySet())) {
                    leaveCall(v, supervisorId);
                }
            }
        }
    }

    /** The supervisor is off the call; it is told, and the call's parties see it go. */
    private void leaveCall(VoiceInteraction v, String supervisorId) {
        v.supervisors.remove(supervisorId);
        if (v.supervisors.isEmpty()) {
            supervised.remove(v);
        }
        state.interactions.touch(v);
        Supervisors.Seat seat = supervisors.find(supervisorId);
        if (seat != null) {
            seat.log().append(EventTypes.SUPERVISION, null, callView(v, SupervisedCallView.ENDED));
        }
    }

    private SupervisedCallView callView(VoiceInteraction v, String mode) {
        String agentId = v.call.agent1().orElse(null);
        AgentSeat agent = agentId == null ? null : state.seats.get(agentId);
        return new SupervisedCallView(v.id, agentId, agent == null ? null : agent.account.name(),
                v.caller.name() != null ? v.caller.name() : v.caller.number(), v.state(), mode);
    }

    @Override
    public SupervisedCallView supervise(String supervisorId, String teamId, String interactionId, String mode) {
        return loop.call(() -> {
            Supervisors.Seat seat = supervisors.seat(supervisorId);
            Interaction i = interactionId == null ? null : state.interactions.peek(interactionId);
            if (!(i instanceof VoiceInteraction v)) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no call " + interactionId);
            }
            Supervision.check(v, mode);
            String agentId = v.call.agent1().orElseThrow();
            if (!seat.teamId().equals(teamId) || !state.seat(agentId).account.teamId().equals(teamId)) {
                throw new ServerRefusal(Reason.FORBIDDEN, "A supervisor listens only to the calls of its own team's agents.");
            }
            String teamName = state.config.team(teamId).map(TeamConfig::name).orElse(teamId);
            v.supervisors.put(supervisorId, new VoiceInteraction.Supervision(supervisorId, seat.name(), teamName, mode));
            supervised.add(v);
            state.interactions.touch(v);
            state.audit(supervisorId, "SUPERVISE", interactionId + " " + mode, null, "COMPLETED", null);
            afterChange.accept(state.clock.instant());
            SupervisedCallView view = callView(v, mode);
            seat.log().append(EventTypes.SUPERVISION, null, view);
            return view;
        });
    }

    @Override
    public void stopSupervising(String supervisorId, String interactionId) {
        loop.call(() -> {
            Interaction i = interactionId == null ? null : state.interactions.peek(interactionId);
            if (i instanceof VoiceInteraction v && v.supervisors.containsKey(supervisorId)) {
                leaveCall(v, supervisorId);
                afterChange.accept(state.clock.instant());
            }
            return null;
        });
    }

    @Override
    public void join(String supervisorId, String name, String teamId) {
        loop.call(() -> supervisors.join(supervisorId, name, teamId));
    }

    @Override
    public void leave(String supervisorId) {
        loop.call(() -> {
            leaveNow(supervisorId);
            afterChange.accept(state.clock.instant());
            return null;
        });
    }

    private void leaveNow(String supervisorId) {
        for (VoiceInteraction v : List.copyOf(supervised)) {
            if (v.supervisors.containsKey(supervisorId)) {
                leaveCall(v, supervisorId);
            }
        }
        Supervisors.Seat gone = supervisors.leave(supervisorId);
        if (gone != null) {
            requests.supervisorLeft(gone);
        }
    }

    @Override
    public EventFeed feed(String supervisorId) {
        return loop.call(() -> supervisors.seat(supervisorId).log());
    }

    @Override
    public ServerEvent snapshot(String supervisorId) {
        return loop.call(() -> {
            Supervisors.Seat seat = supervisors.seat(supervisorId);
            String teamName = state.config.team(seat.teamId()).map(TeamConfig::name).orElse(seat.teamId());
            return new ServerEvent(seat.log().lastId(), EventTypes.TEAM_SNAPSHOT, null, new TeamSnapshot(
                    seat.teamId(), teamName, members.of(seat.teamId()), requests.of(seat.teamId())));
        });
    }

    @Override
    public List<TeamMemberView> members(String teamId) {
        return loop.call(() -> {
            team(teamId);
            return members.of(teamId);
        });
    }

    @Override
    public List<HelpRequestView> helpRequests(String teamId) {
        return loop.call(() -> {
            team(teamId);
            return requests.of(teamId);
        });
    }

    @Override
    public HelpRequestView raiseHelp(String agentId, String interactionId, String note) {
        HelpRequests.checkedNote(note);
        return loop.call(() -> {
            Interaction i = state.accessible(agentId, interactionId);
            Instant now = state.clock.instant();
            HelpRequestView r = requests.raise(HelpRequestView.HELP, state.seat(agentId), i.id, i.channel().name(),
                    note, now);
            state.audit(agentId, "HELP_REQUEST", interactionId, null, "COMPLETED", null);
            return r;
        });
    }

    @Override
    public HelpRequestView flagForReview(String agentId, String interactionId, String note) {
        HelpRequests.checkedNote(note);
        return loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            Interaction live = interactionId == null ? null : state.interactions.peek(interactionId);
            boolean now = live != null && state.involved(live).contains(agentId);
            if (!now && !members.workedOn(agentId, interactionId)) {
                throw new ServerRefusal(Reason.NOT_FOUND, "You did not work on an interaction " + interactionId
                        + " lately: only your own interactions can be flagged for review.");
            }
            HelpRequestView r = requests.raise(HelpRequestView.REVIEW, seat, interactionId,
                    live == null ? null : live.channel().name(), note, state.clock.instant());
            state.audit(agentId, "REVIEW_FLAG", interactionId, null, "COMPLETED", null);
            return r;
        });
    }

    @Override
    public HelpRequestView take(String supervisorId, String teamId, String requestId) {
        return loop.call(() -> {
            Supervisors.Seat seat = supervisors.seat(supervisorId);
            team(teamId);
            if (!seat.teamId().equals(teamId)) {
                throw new ServerRefusal(Reason.FORBIDDEN, "A supervisor takes only its own team's requests.");
            }
            return requests.take(seat, requestId);
        });
    }

    @Override
    public HelpRequestView close(String callerId, String teamId, String requestId) {
        return loop.call(() -> requests.close(callerId, teamId, requestId));
    }

    private void team(String teamId) {
        if (teamId == null || state.config.team(teamId).isEmpty()) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no team " + teamId);
        }
    }
}
