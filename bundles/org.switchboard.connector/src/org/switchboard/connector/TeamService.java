package org.switchboard.connector;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The team functions. An agent asks its supervisors for help with an interaction or flags one for
 * review and hears who took it ({@link ConnectorEvent.HelpRequestChanged} and a
 * {@link ConnectorEvent.Notice}); a supervisor's session ({@link #supervising()}) has no interactions
 * of its own but its team's agents, live ({@link ConnectorEvent.TeamMemberChanged}), and their
 * requests, which it takes and closes. An optional capability of a session, found with
 * {@link ConnectorSession#adapt}.
 * <p>
 * Threading: nothing blocks. The requests are sent on a connector thread and their stages complete
 * there, exceptionally with {@link ConnectorException} carrying the server's message.
 */
public interface TeamService {

    /** Whether the session is a supervisor's. Known from the login on; never blocks. */
    boolean supervising();

    /** The supervised team's name, once its first description arrived; empty for an agent. */
    String teamName();

    /** The team's agents as last described by the server, in its order; empty for an agent. */
    List<TeamMember> members();

    /** The open and taken requests: the team's for a supervisor, the agent's own for an agent. */
    List<HelpRequest> helpRequests();

    /** Asks the team's supervisors for help with an interaction the agent works on, with a note. */
    CompletionStage<HelpRequest> raiseHelp(String interactionId, String note);

    /** Flags an interaction the agent works on or worked on lately for review, with a note. */
    CompletionStage<HelpRequest> flagForReview(String interactionId, String note);

    /** A supervisor takes a request of its team; refused when another took it first. */
    CompletionStage<HelpRequest> take(String requestId);

    /** How a supervisor listens to a call of its team. */
    enum Listening {
        /** Heard by nobody; not shown to the call's parties. */
        MONITOR,
        /** Heard by the agent only. */
        WHISPER,
        /** Heard by everyone on the call. */
        BARGE
    }

    /**
     * A supervisor listens to a connected call of an agent of its team, or changes how; refused for a
     * call that is not connected (a whisper into a call that ended is refused with the server's message).
     */
    CompletionStage<Void> supervise(String interactionId, Listening how);

    /** The supervisor stops listening to the call. */
    CompletionStage<Void> stopSupervising(String interactionId);

    /** The supervisor or the agent who raised it closes the request. */
    CompletionStage<HelpRequest> close(String requestId);
}
