package org.switchboard.core.wrapup;

import java.time.Instant;

import org.switchboard.core.internal.Require;

/** A follow-up activity scheduled from wrap-up: a calendar entry for the agent. */
public record FollowUp(Instant due, String subject) {

    public FollowUp {
        Require.present(due, "follow-up time");
        Require.text(subject, "follow-up subject");
    }
}
