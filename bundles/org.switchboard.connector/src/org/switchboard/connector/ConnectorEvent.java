package org.switchboard.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a session tells its listeners. Delivered on each listener's executor, in the order the
 * server published it, each event once even across reconnections.
 */
public sealed interface ConnectorEvent {

    /** The connection moved to {@code state}, talking to {@code server}; {@code detail} says why. */
    record ConnectionChanged(ConnectionState state, ServerRole server, String detail) implements ConnectorEvent {
    }

    /** The agent's state changed, or a change became pending ({@link AgentStatus#pendingState()}). */
    record AgentStateChanged(AgentStatus status) implements ConnectorEvent {
    }

    /** An interaction new to this agent: offered, or a consult request. */
    record InteractionOffered(InteractionInfo interaction) implements ConnectorEvent {
    }

    record InteractionChanged(InteractionInfo interaction) implements ConnectorEvent {
    }

    /** The agent is done with the interaction (ended and wrapped up, transferred, or taken back). */
    record InteractionEnded(String interactionId) implements ConnectorEvent {
    }

    /** The server applied the action sent with {@code requestId}. */
    record ActionCompleted(String requestId, String interactionId, String action) implements ConnectorEvent {
        public ActionCompleted {
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    /**
     * The server refused the action sent with {@code requestId} and changed nothing.
     *
     * @param rule    the server's rule that refused, or an error code when no rule applies
     * @param message the server's message, for the agent
     */
    record ActionRefused(String requestId, String interactionId, String action, String rule, String message)
            implements ConnectorEvent {
        public ActionRefused {
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    /** Something happened the agent should know (an unanswered offer, a failed consult). */
    record Notice(String interactionId, String rule, String message) implements ConnectorEvent {
    }

    /**
     * The customer of one of the agent's active chats is typing ({@code typing}) or stopped. The
     * customer's application repeats {@code typing} every few seconds while it lasts, so a client
     * that hears nothing more for a few seconds, or receives the customer's next message, treats
     * the customer as no longer typing. Not part of any snapshot: a reconnection may replay one
     * already seen, which {@code at} tells apart.
     *
     * @param at when the server heard it
     */
    record CustomerTyping(String interactionId, boolean typing, Instant at) implements ConnectorEvent {
        public CustomerTyping {
            Objects.requireNonNull(interactionId, "interactionId");
        }
    }

    /**
     * A follow-up's reminder is due ({@link CalendarService}). The server sends each once; an agent
     * logged out then gets it at its next login.
     */
    record Reminder(CalendarService.FollowUp followUp) implements ConnectorEvent {
        public Reminder {
            Objects.requireNonNull(followUp, "followUp");
        }
    }

    /**
     * The session replaced its view with a full snapshot from the server (after a reconnection
     * where the missed events were no longer kept, or after a failover) and tells what differed.
     */
    record StateReconciled(AgentStatus agent, boolean agentChanged, List<InteractionInfo> added,
            List<InteractionInfo> changed, List<String> removed) implements ConnectorEvent {
        public StateReconciled {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }
    }

    /** An agent of the supervised team changed state or interaction. */
    record TeamMemberChanged(TeamMember member) implements ConnectorEvent {
    }

    /** The supervised team was described anew (at connection, or after missed events): replace what was shown. */
    record TeamReconciled(String teamName, List<TeamMember> members, List<HelpRequest> helpRequests)
            implements ConnectorEvent {
        public TeamReconciled {
            members = List.copyOf(members);
            helpRequests = List.copyOf(helpRequests);
        }
    }

    /**
     * A call the supervisor listens to: joined, its mode changed, or left ({@code mode} ENDED, when
     * the call ended or the supervisor stopped).
     *
     * @param mode MONITOR, WHISPER, BARGE or ENDED
     */
    record CallSupervised(String interactionId, String agentName, String customer, String mode)
            implements ConnectorEvent {
        public CallSupervised {
            Objects.requireNonNull(interactionId, "interactionId");
        }
    }

    /** A help request or review flag was raised, taken, opened again or closed. */
    record HelpRequestChanged(HelpRequest request) implements ConnectorEvent {
    }

    /** The outbox changed: what is still pending or was refused, oldest first. */
    record OutboxChanged(int pending, List<OutboxItem> items) implements ConnectorEvent {
        public OutboxChanged {
            items = List.copyOf(items);
        }
    }
}
