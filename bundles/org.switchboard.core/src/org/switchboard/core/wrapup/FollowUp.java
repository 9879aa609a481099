package org.switchboard.core.wrapup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/**
 * A follow-up activity: a call back to the customer or a plain task, due at a wall-clock time in a
 * time zone, with a reminder some time before it.
 *
 * @param reminder how long before the due time the agent is reminded (zero: at the due time)
 */
public record FollowUp(Kind kind, LocalDateTime localDue, ZoneId zone, Duration reminder, String notes) {

    public enum Kind {
        CALL_BACK, TASK
    }

    public static final int MAX_NOTES_LENGTH = 2000;
    public static final Duration MAX_REMINDER = Duration.ofDays(7);

    public FollowUp {
        Require.present(kind, "follow-up kind");
        Require.present(localDue, "follow-up time");
        Require.present(zone, "follow-up time zone");
        reminder = reminder == null ? Duration.ZERO : reminder;
        if (reminder.isNegative() || reminder.compareTo(MAX_REMINDER) > 0) {
            throw new ActionRefusedException(Rule.FOLLOW_UP_REMINDER_OUT_OF_RANGE, reminder.toMinutes() + " minutes");
        }
        notes = notes == null ? "" : notes;
        if (notes.length() > MAX_NOTES_LENGTH) {
            throw new ActionRefusedException(Rule.FOLLOW_UP_NOTES_TOO_LONG,
                    notes.length() + " > " + MAX_NOTES_LENGTH + " characters");
        }
    }

    /**
     * The instant the agent meant. A wall time the clocks skip (spring forward) moves on by the gap, as
     * a clock on the wall would show it; one they pass twice (fall back) is the first of the two.
     */
    public Instant due() {
        return ZonedDateTime.ofLocal(localDue, zone, null).toInstant();
    }

    public Instant remindAt() {
        return due().minus(reminder);
    }

    /** Refuses a follow-up that is not due after {@code now}. */
    public FollowUp dueAfter(Instant now) {
        if (!due().isAfter(now)) {
            throw new ActionRefusedException(Rule.FOLLOW_UP_NOT_IN_FUTURE, "due " + due() + ", now " + now);
        }
        return this;
    }
}
