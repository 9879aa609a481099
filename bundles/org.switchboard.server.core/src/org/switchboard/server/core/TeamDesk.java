package org.switchboard.server.core;

import java.util.List;

/**
 * The supervisors' side of the contact center: who supervises which team, the team's agents as they
 * work, and the help requests and review flags agents raise. Every method may be called from any
 * thread and may block briefly, as {@link ContactCenter}'s.
 *
 * <p>A supervisor present for a team gets {@link EventTypes#TEAM_MEMBER} and
 * {@link EventTypes#HELP_REQUEST} events on its own stream ({@link #feed}), which starts with a
 * {@link EventTypes#TEAM_SNAPSHOT}. An agent gets {@link EventTypes#HELP_REQUEST} for its own
 * requests, and a {@link Notice} saying who took one or why it still waits.
 */
public interface TeamDesk {

    /**
     * Supervisor {@code supervisorId} is present for team {@code teamId} (again: a second login of the
     * same supervisor keeps its stream). NOT_FOUND for a team the center does not have.
     */
    void join(String supervisorId, String name, String teamId);

    /**
     * The supervisor is gone: the help requests it had taken and not closed are open again, offered
     * to the team's other supervisors, and their agents are told; it leaves the calls it listened to.
     * Nothing for a supervisor not present. A supervisor whose desktop has had no stream for as long
     * as an agent's would be logged out ({@code ServerConfig.Presence#logout}) leaves by itself.
     */
    void leave(String supervisorId);

    /** The stream of a present supervisor; UNAUTHORIZED for one that is not. */
    EventFeed feed(String supervisorId);

    /** A {@link EventTypes#TEAM_SNAPSHOT} event whose id is the last event of the supervisor's stream it covers. */
    ServerEvent snapshot(String supervisorId);

    /** The team's agents now, in the configured order. */
    List<TeamMemberView> members(String teamId);

    /** The team's open and taken help requests and review flags, oldest first. */
    List<HelpRequestView> helpRequests(String teamId);

    /**
     * Agent {@code agentId} asks its team's supervisors for help with an interaction it takes part in
     * now, with a note (at most {@value HelpRequestView#NOTE_LIMIT} characters). With no supervisor of
     * the team present the request stays open and the agent is told so. One open request per
     * interaction: asking again answers the open one.
     */
    HelpRequestView raiseHelp(String agentId, String interactionId, String note);

    /**
     * Flags an interaction the agent took part in (now or earlier: one the server has in its history)
     * for the team's supervisors to review later. A note is required.
     */
    HelpRequestView flagForReview(String agentId, String interactionId, String note);

    /**
     * Supervisor {@code supervisorId} of team {@code teamId} takes the request; the agent is told who.
     * CONFLICT when another supervisor took it first or it is closed; NOT_FOUND for another team's.
     */
    HelpRequestView take(String supervisorId, String teamId, String requestId);

    /**
     * Supervisor {@code supervisorId} listens to a connected call of an agent of its team: MONITOR (heard
     * by nobody, not shown to the call's parties), WHISPER (heard by the agent only, shown to the agent
     * as a party) or BARGE (heard by everyone: a party of the call for all). Calling again changes the
     * mode. CONFLICT for a call that is not connected (a whisper into a call that ended is refused);
     * FORBIDDEN for another team's call. When the call ends the supervisor gets an ENDED view.
     */
    SupervisedCallView supervise(String supervisorId, String teamId, String interactionId, String mode);

    /** The supervisor stops listening to the call; nothing when it was not. */
    void stopSupervising(String supervisorId, String interactionId);

    /** The supervisor who took the request, or the agent who raised it, closes it. */
    HelpRequestView close(String callerId, String teamId, String requestId);
}
