package org.switchboard.ui.wrapup;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.CalendarService.Kind;

/**
 * What the agent typed for a follow-up, checked as the server will check it: a date (yyyy-mm-dd), a
 * time (hh:mm), a known time zone, a time in the future and notes within the limit. Knows no widgets.
 */
public final class FollowUpInput {

    /** The reminder choices, in minutes before the due time, in the order the dialog lists them. */
    public static final List<Integer> REMINDER_MINUTES = List.of(0, 5, 15, 30, 60, 24 * 60);
    public static final int MAX_NOTES = 2000;

    /** A message for the agent saying what to correct. */
    public static final class InvalidFollowUp extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidFollowUp(String message) {
            super(message);
        }
    }

    private FollowUpInput() {
    }

    public static FollowUpRequest parse(Kind kind, String date, String time, String zone, int reminderMinutes,
            String notes, Instant now) throws InvalidFollowUp {
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFollowUp(NLS.bind(Messages.followUpBadDate, date));
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFollowUp(NLS.bind(Messages.followUpBadTime, time));
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidFollowUp(NLS.bind(Messages.followUpBadZone, zone));
        }
        LocalDateTime due = LocalDateTime.of(day, at);
        if (!ZonedDateTime.ofLocal(due, zoneId, null).toInstant().isAfter(now)) {
            throw new InvalidFollowUp(Messages.followUpInPast);
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidFollowUp(NLS.bind(Messages.followUpTooLong, MAX_NOTES));
        }
        return FollowUpRequest.withWrapUp(kind, due, zoneId, Duration.ofMinutes(reminderMinutes),
                notes == null || notes.isBlank() ? null : notes);
    }
}
