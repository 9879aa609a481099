package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.List;

import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.HelpRequestView;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.TeamConfig;
import org.switchboard.server.core.TeamDesk;
import org.switchboard.server.core.TeamMemberView;
import org.switchboard.server.core.TeamSnapshot;

/**
 * The team functions' entry points: supervisors joining and leaving, the team's agents, help
 * requests and review flags. Each runs on the event loop; the engine calls {@link #publish} after
 * every change so the supervisors see their agents as they are.
 */
final class TeamHandler implements TeamDesk {

    private final EventLoop loop;
    private final CenterState state;
    private final Supervisors supervisors;
    private final TeamMembers members;
    private final HelpRequests requests;

    TeamHandler(EventLoop loop, CenterState state) {
        this.loop = loop;
        this.state = state;
        this.supervisors = new Supervisors(state);
        this.members = new TeamMembers(state, supervisors);
        this.requests = new HelpRequests(state, supervisors);
    }

    /** After every change in the engine: the agents as supervisors see them. */
    void publish() {
        members.publish();
    }

    @Override
    public void join(String supervisorId, String name, String teamId) {
        loop.call(() -> supervisors.join(supervisorId, name, teamId));
    }

    @Override
    public void leave(String supervisorId) {
        loop.call(() -> {
            Supervisors.Seat gone = supervisors.leave(supervisorId);
            if (gone != null) {
                requests.supervisorLeft(gone);
            }
            return null;
        });
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
