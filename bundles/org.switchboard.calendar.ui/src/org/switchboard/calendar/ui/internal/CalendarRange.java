package org.switchboard.calendar.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * What the Calendar view shows: the agenda (from today on, a month), a day or a week (Monday to
 * Sunday), around an anchor day, in the desktop's time zone.
 */
record CalendarRange(Mode mode, LocalDate anchor, ZoneId zone) {

    enum Mode {
        AGENDA, DAY, WEEK
    }

    static final int AGENDA_DAYS = 31;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    LocalDate first() {
        return switch (mode) {
            case AGENDA, DAY -> anchor;
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The day after the last one shown. */
    LocalDate end() {
        return switch (mode) {
            case AGENDA -> anchor.plusDays(AGENDA_DAYS);
            case DAY -> anchor.plusDays(1);
            case WEEK -> first().plusWeeks(1);
        };
    }

    Instant from() {
        return first().atStartOfDay(zone).toInstant();
    }

    Instant to() {
        return end().atStartOfDay(zone).toInstant();
    }

    /** The same mode one step later ({@code +1}) or earlier ({@code -1}). */
    CalendarRange step(int direction) {
        return new CalendarRange(mode, switch (mode) {
            case AGENDA -> anchor.plusDays((long) AGENDA_DAYS * direction);
            case DAY -> anchor.plusDays(direction);
            case WEEK -> anchor.plusWeeks(direction);
        }, zone);
    }

    CalendarRange in(Mode other) {
        return new CalendarRange(other, anchor, zone);
    }

    String label() {
        return switch (mode) {
            case DAY -> DAY.format(anchor);
            case AGENDA, WEEK -> DAY.format(first()) + " – " + DAY.format(end().minusDays(1));
        };
    }
}
