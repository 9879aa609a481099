package org.switchboard.connector;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The agent's calendar of follow-ups, for the calendar view still to come; the contract may grow
 * before it is final. Never blocks; the stage completes on a connector thread.
 */
public interface CalendarService {

    record FollowUp(String id, Instant due, String customer, String subject) {
    }

    CompletionStage<List<FollowUp>> followUps(Instant from, Instant to);
}
