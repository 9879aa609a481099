package org.switchboard.server.core;

import java.time.LocalDateTime;

/**
 * A follow-up activity an agent schedules, from the wrap-up of an interaction or from the calendar.
 *
 * @param kind            CALL_BACK or TASK (TASK when absent)
 * @param due             the wall-clock time it is due, in {@code zone}
 * @param zone            an IANA time zone such as Europe/Berlin
 * @param reminderMinutes how long before the due time the agent is reminded (0 when absent)
 * @param contactName     from the calendar: whom it concerns (from a wrap-up: the interaction's customer)
 * @param contactNumber   from the calendar: the number a call back dials
 * @param interactionId   from the calendar: the interaction it belongs to, if any
 */
public record FollowUpRequest(String kind, LocalDateTime due, String zone, Integer reminderMinutes, String notes,
        String contactName, String contactNumber, String interactionId) {

    /** A follow-up scheduled in a wrap-up, which takes its contact and interaction from the interaction. */
    public static FollowUpRequest inWrapUp(String kind, LocalDateTime due, String zone, Integer reminderMinutes,
            String notes) {
        return new FollowUpRequest(kind, due, zone, reminderMinutes, notes, null, null, null);
    }
}
