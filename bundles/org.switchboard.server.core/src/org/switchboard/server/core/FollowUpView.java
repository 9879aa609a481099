package org.switchboard.server.core;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A follow-up activity in an agent's calendar.
 *
 * @param due      the instant it is due ({@code localDue} in {@code zone})
 * @param remindAt when the agent is reminded
 * @param state    SCHEDULED, REMINDED (the reminder went out) or DONE (called back or marked done)
 */
public record FollowUpView(String id, String agentId, String kind, Instant due, LocalDateTime localDue, String zone,
        int reminderMinutes, Instant remindAt, String notes, String contactName, String contactNumber,
        String interactionId, String state, Instant created) {
}
