package org.switchboard.server.core;

import java.time.Instant;
import java.util.List;

/**
 * The agents' calendars of follow-up activities. Each agent sees and changes only its own. When a
 * follow-up's reminder is due the agent gets a {@link EventTypes#REMINDER} event once: at once when it
 * has a session, else when it next logs in. Every method may block briefly (it waits for the event
 * loop).
 *
 * <p>Refusals: {@link ServerRefusal} NOT_FOUND for a follow-up that is not the agent's, INVALID naming
 * the rule for a follow-up in the past, an unknown time zone or a reminder out of range.
 */
public interface AgentCalendar {

    FollowUpView schedule(String agentId, FollowUpRequest request);

    /**
     * The agent's follow-ups due in [{@code from}, {@code to}), by due time; without {@code from} from a
     * month back, without {@code to} up to a year ahead.
     */
    List<FollowUpView> followUps(String agentId, Instant from, Instant to);

    FollowUpView followUp(String agentId, String followUpId);

    /** Marks it done; a reminder not yet sent is not sent. Done again is no change. */
    FollowUpView complete(String agentId, String followUpId);

    /** Removes it from the calendar. */
    void cancel(String agentId, String followUpId);

    /**
     * Places the call of a call-back follow-up, as {@link ContactCenter#placeCall} does for its contact's
     * number, and marks the follow-up done; the call arrives on the agent's stream too.
     */
    InteractionView callBack(String agentId, String followUpId);
}
