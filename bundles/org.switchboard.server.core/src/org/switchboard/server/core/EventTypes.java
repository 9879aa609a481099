package org.switchboard.server.core;

/** The names of the events on an agent's stream. */
public final class EventTypes {

    /** {@link Snapshot}: everything, replacing what the client knew. */
    public static final String SNAPSHOT = "snapshot";
    /** {@link AgentView}: the agent's state changed. */
    public static final String AGENT_STATE = "agent-state";
    /** {@link InteractionView}: an interaction was offered to the agent or changed. */
    public static final String INTERACTION = "interaction";
    /** {@link InteractionRemoved}: the agent is done with an interaction. */
    public static final String INTERACTION_REMOVED = "interaction-removed";
    /** {@link ActionOutcome} with no rule: the action was applied. */
    public static final String ACTION_COMPLETED = "action-completed";
    /** {@link ActionOutcome} naming the refusing rule: nothing was changed. */
    public static final String ACTION_REFUSED = "action-refused";
    /** {@link Notice}: something happened to the agent or an interaction (RONA, failed consult). */
    public static final String NOTICE = "notice";
    /** {@link CustomerTyping}: the customer of one of the agent's active chats is typing, or stopped. */
    public static final String CUSTOMER_TYPING = "customer-typing";
    /** {@link FollowUpView}: a follow-up's reminder is due. */
    public static final String REMINDER = "reminder";

    /** {@link TeamSnapshot}: a supervisor's team, replacing what its client knew. */
    public static final String TEAM_SNAPSHOT = "team-snapshot";
    /** {@link TeamMemberView}: an agent of the supervisor's team changed state or interaction. */
    public static final String TEAM_MEMBER = "team-member";
    /** {@link HelpRequestView}: a help request or review flag was raised, taken, reopened or closed. */
    public static final String HELP_REQUEST = "help-request";

    /** {@link SupervisedCallView}: a call the supervisor listens to changed, or ended. */
    public static final String SUPERVISION = "supervision";

    private EventTypes() {
    }
}
