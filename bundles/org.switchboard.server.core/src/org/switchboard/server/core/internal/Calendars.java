package org.switchboard.server.core.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.wrapup.FollowUp;
import org.switchboard.server.core.AgentCalendar;
import org.switchboard.server.core.FollowUpRequest;
import org.switchboard.server.core.FollowUpView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;

/**
 * The calendar's entry points: follow-ups scheduled from the calendar or with a wrap-up, listed,
 * done, removed and called back. Each runs on the event loop; the reminders go out from the ticks.
 */
final class Calendars implements AgentCalendar {

    static final int MAX_CONTACT_LENGTH = 200;
    private static final Duration DEFAULT_BACK = Duration.ofDays(31);
    private static final Duration DEFAULT_AHEAD = Duration.ofDays(366);

    private final EventLoop loop;
    private final CenterState state;
    private final FollowUpBook book;
    private final VoiceHandler voice;
    private final Publisher publisher;
    private final Views views;
    private final Consumer<Instant> afterChange;

    Calendars(EventLoop loop, CenterState state, VoiceHandler voice, Publisher publisher, Views views,
            Consumer<Instant> afterChange) {
        this.loop = loop;
        this.state = state;
        this.book = new FollowUpBook(state);
        this.voice = voice;
        this.publisher = publisher;
        this.views = views;
        this.afterChange = afterChange;
    }

    /** The core's follow-up from a request; a missing time, an unknown kind or time zone is refused. */
    static FollowUp followUp(FollowUpRequest r) {
        if (r.due() == null || r.zone() == null || r.zone().isBlank()) {
            throw new ServerRefusal(Reason.INVALID, Rule.MISSING_VALUE, "a follow-up needs due and zone");
        }
        FollowUp.Kind kind;
        try {
            kind = r.kind() == null ? FollowUp.Kind.TASK : FollowUp.Kind.valueOf(r.kind());
        } catch (IllegalArgumentException e) {
            throw new ServerRefusal(Reason.INVALID, "kind must be CALL_BACK or TASK");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(r.zone());
        } catch (DateTimeException e) {
            throw new ServerRefusal(Reason.INVALID, Rule.FOLLOW_UP_UNKNOWN_TIME_ZONE, "unknown time zone " + r.zone());
        }
        Duration reminder = Duration.ofMinutes(r.reminderMinutes() == null ? 0 : r.reminderMinutes());
        return new FollowUp(kind, r.due(), zone, reminder, r.notes());
    }

    // ---- hooks of the engine (on the loop) --------------------------------------------------------

    /**
     * Refuses, before a wrap-up is applied, a call back it would schedule without a number to call (the
     * wrap-up catalog refuses one in the past).
     */
    void checkWrapUp(Interaction i, FollowUp f) {
        if (f.kind() == FollowUp.Kind.CALL_BACK && number(i) == null) {
            throw new ActionRefusedException(Rule.FOLLOW_UP_NEEDS_NUMBER, i.id);
        }
    }

    void scheduleFromWrapUp(AgentSeat seat, Interaction i, FollowUp f, Instant now) {
        book.add(new FollowUpEntry(book.nextId(), seat.id(), f, i.caller == null ? null : i.caller.name(), number(i),
                i.id, now, FollowUpEntry.State.SCHEDULED));
        // a reminder due already (a short notice) goes out with the wrap-up's outcome, not a tick later
        book.remindDue(now);
    }

    private static String number(Interaction i) {
        return i.caller == null || i.caller.number() == null || i.caller.number().isBlank() ? null : i.caller.number();
    }

    void tick(Instant now) {
        book.remindDue(now);
    }

    void loggedIn(AgentSeat seat) {
        book.loggedIn(seat);
    }

    // ---- the API --------------------------------------------------------------------------------

    @Override
    public FollowUpView schedule(String agentId, FollowUpRequest request) {
        if (request == null) {
            throw new ServerRefusal(Reason.INVALID, Rule.MISSING_VALUE, "a follow-up is required");
        }
        checkLength("contactName", request.contactName());
        checkLength("contactNumber", request.contactNumber());
        return loop.call(() -> {
            state.seat(agentId);
            Instant now = state.clock.instant();
            FollowUp f;
            try {
                f = followUp(request).dueAfter(now);
            } catch (ActionRefusedException e) {
                throw new ServerRefusal(Reason.INVALID, e.rule(), e.getMessage());
            }
            String number = blankToNull(request.contactNumber());
            if (f.kind() == FollowUp.Kind.CALL_BACK && number == null) {
                throw new ServerRefusal(Reason.INVALID, Rule.FOLLOW_UP_NEEDS_NUMBER, "contactNumber is required");
            }
            FollowUpEntry e = new FollowUpEntry(book.nextId(), agentId, f, blankToNull(request.contactName()), number,
                    blankToNull(request.interactionId()), now, FollowUpEntry.State.SCHEDULED);
            book.add(e);
            book.remindDue(now);
            return e.view();
        });
    }

    private static void checkLength(String field, String value) {
        if (value != null && value.length() > MAX_CONTACT_LENGTH) {
            throw new ServerRefusal(Reason.INVALID, field + " is longer than " + MAX_CONTACT_LENGTH + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public List<FollowUpView> followUps(String agentId, Instant from, Instant to) {
        return loop.call(() -> {
            state.seat(agentId);
            Instant now = state.clock.instant();
            Instant start = from == null ? now.minus(DEFAULT_BACK) : from;
            Instant end = to == null ? now.plus(DEFAULT_AHEAD) : to;
            if (!start.isBefore(end)) {
                throw new ServerRefusal(Reason.INVALID, "from must be before to");
            }
            return book.of(agentId, start, end).stream().map(FollowUpEntry::view).toList();
        });
    }

    @Override
    public FollowUpView followUp(String agentId, String followUpId) {
        return loop.call(() -> book.of(agentId, followUpId).view());
    }

    @Override
    public FollowUpView complete(String agentId, String followUpId) {
        return loop.call(() -> {
            FollowUpEntry e = book.of(agentId, followUpId);
            book.done(e);
            return e.view();
        });
    }

    @Override
    public void cancel(String agentId, String followUpId) {
        loop.call(() -> {
            book.remove(book.of(agentId, followUpId));
            return null;
        });
    }

    @Override
    public InteractionView callBack(String agentId, String followUpId) {
        return loop.call(() -> {
            FollowUpEntry e = book.of(agentId, followUpId);
            if (e.state == FollowUpEntry.State.DONE) {
                throw new ActionRefusedException(Rule.FOLLOW_UP_DONE, followUpId);
            }
            if (e.contactNumber == null) {
                throw new ActionRefusedException(Rule.FOLLOW_UP_NEEDS_NUMBER, followUpId);
            }
            AgentSeat seat = state.seat(agentId);
            Instant now = state.clock.instant();
            VoiceInteraction v = voice.place(seat, "NUMBER", e.contactNumber, now);
            book.done(e);
            publisher.seatChanged(seat);
            afterChange.accept(now);
            return views.interaction(v, agentId);
        });
    }
}
