package org.switchboard.server.core.store;

import java.time.Instant;
import java.time.LocalDateTime;

/** A follow-up activity as stored, written again whole whenever it changes. */
public record StoredFollowUp(String id, String agentId, String kind, LocalDateTime localDue, String zone,
        int reminderMinutes, String notes, String contactName, String contactNumber, String interactionId,
        String state, Instant created) {
}
