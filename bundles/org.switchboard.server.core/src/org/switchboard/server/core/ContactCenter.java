package org.switchboard.server.core;

import java.util.List;
import java.util.Optional;

/**
 * The reference contact center: agent sessions, routing and interactions under the rules of
 * {@code org.switchboard.core}. Every method may be called from any thread and may block briefly:
 * state lives on one event-loop thread and calls wait for it.
 *
 * <p>Refusals: {@link ServerRefusal} for who may ask and what exists; the core's
 * {@code ActionRefusedException} (naming a rule) for a synchronous state change it refuses. An
 * action on an interaction is answered by an event carrying its request id.
 */
public interface ContactCenter {

    /** Checks the password and opens a session; a session the agent already had is closed. */
    Session login(String agentId, String password);

    /** Logs the agent out (pending while it works), ending the session once logged out. */
    AgentView logout(String agentId);

    /** The agent a bearer token belongs to. Does not block. */
    Optional<String> agentOf(String token);

    AgentView agent(String agentId);

    /** The team agent {@code agentId} belongs to; NOT_FOUND for an agent the center does not have. Does not block. */
    String teamOf(String agentId);

    /** READY, NOT_READY (with a configured reason code) or LOGGED_OUT; pending while the agent is busy. */
    AgentView changeState(String agentId, String state, String reasonCode);

    List<InteractionView> interactionsOf(String agentId);

    /** The interaction as {@code agentId} sees it; FORBIDDEN unless the agent takes part in it. */
    InteractionView interaction(String agentId, String interactionId);

    /**
     * Checks who asks and what, then applies the action; its outcome (or refusal naming the rule) is
     * published on the agent's stream with the command's request id, and returned for callers that
     * answer synchronously (SOAP). A repeated request id returns the first outcome again.
     */
    /** Picture {@code index} of a chat {@code agentId} takes part in. */
    AttachmentContent attachment(String agentId, String interactionId, int index);

    ActionOutcome submit(String agentId, String interactionId, ActionCommand command);

    EventFeed feed(String agentId);

    /** A snapshot event of the agent's desk whose id is the last event it covers. */
    ServerEvent snapshot(String agentId);

    /**
     * Places a call for {@code agentId}, who must be Ready or Not Ready with nothing else open.
     * {@code kind} NUMBER: an outbound call to the dial number {@code to}, ringing (state DIALING) until
     * the customer answers; AGENT: an internal call offered to agent {@code to}, who must be in Ready
     * or Not Ready with a free line. Returns the new call as the caller sees it; it also arrives on
     * the caller's stream. A refusal names the rule (invalid number, agent state, called agent
     * unavailable).
     */
    InteractionView placeCall(String agentId, String kind, String to);

    /**
     * The directory entries whose name or target contains {@code query} (ignoring case; all for a blank
     * one), agents with their presence now.
     */
    List<DirectoryEntry> directory(String query);

    List<QueueView> queues();

    /**
     * The value of the secure call variable {@code name} for {@code agentId}, who must be on the call
     * now. The value is not kept or logged anywhere; the reveal is audited (who, which variable).
     */
    String revealSecureValue(String agentId, String interactionId, String name);

    /** The reason codes and dispositions the administrator configured, for the agents' desktops. */
    AgentConfiguration agentConfiguration();

    ServiceState serviceState();

    CustomerSimulator simulator();

    /** The email channel: mail arriving from mailboxes, the transport replies leave by, the email queues. */
    EmailDesk emails();

    /** The agents' calendars of follow-up activities and their reminders. */
    AgentCalendar calendar();

    /** The supervisors, their teams' agents, help requests and review flags. */
    TeamDesk team();

    /** Runs the time-driven rules (offer timeout and RONA, wrap-up timeout, privacy shield) now. */
    void tick();
}
