package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.StoredFollowUp;

/**
 * Every agent's follow-ups and the reminders still to send. A reminder goes out once: when its time
 * has come and the agent has a session (its event log keeps it for a desktop that reconnects), or
 * else when the agent next logs in. Event-loop confined.
 */
final class FollowUpBook {

    private static final Comparator<FollowUpEntry> BY_REMINDER = Comparator
            .comparing((FollowUpEntry e) -> e.remindAt).thenComparing(e -> e.id);

    private final CenterState state;
    private final Map<String, FollowUpEntry> entries = new HashMap<>();
    private final TreeSet<FollowUpEntry> pending = new TreeSet<>(BY_REMINDER);
    /** Reminders due while the agent had no session, by agent, for its next login. */
    private final Map<String, Set<FollowUpEntry>> owed = new HashMap<>();
    private long nextNumber = 1;

    FollowUpBook(CenterState state) {
        this.state = state;
        for (StoredFollowUp s : state.store.followUps()) {
            FollowUpEntry e = FollowUpEntry.of(s);
            entries.put(e.id, e);
            if (e.state == FollowUpEntry.State.SCHEDULED) {
                pending.add(e);
            }
            nextNumber = Math.max(nextNumber, numberOf(e.id) + 1);
        }
    }

    private static long numberOf(String id) {
        try {
            return Long.parseLong(id.substring(id.indexOf('-') + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    String nextId() {
        return "f-" + nextNumber++;
    }

    void add(FollowUpEntry e) {
        entries.put(e.id, e);
        pending.add(e);
        state.store.followUpSaved(e.stored());
    }

    FollowUpEntry of(String agentId, String id) {
        FollowUpEntry e = id == null ? null : entries.get(id);
        if (e == null || !e.agentId.equals(agentId)) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no follow-up " + id);
        }
        return e;
    }

    List<FollowUpEntry> of(String agentId, Instant from, Instant to) {
        List<FollowUpEntry> out = new ArrayList<>();
        for (FollowUpEntry e : entries.values()) {
            Instant due = e.followUp.due();
            if (e.agentId.equals(agentId) && !due.isBefore(from) && due.isBefore(to)) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing((FollowUpEntry e) -> e.followUp.due()).thenComparing(e -> e.id));
        return out;
    }

    void done(FollowUpEntry e) {
        if (e.state != FollowUpEntry.State.DONE) {
            pending.remove(e);
            forgetOwed(e);
            e.state = FollowUpEntry.State.DONE;
            state.store.followUpSaved(e.stored());
        }
    }

    void remove(FollowUpEntry e) {
        pending.remove(e);
        forgetOwed(e);
        entries.remove(e.id);
        state.store.followUpRemoved(e.id);
    }

    private void forgetOwed(FollowUpEntry e) {
        Set<FollowUpEntry> mine = owed.get(e.agentId);
        if (mine != null) {
            mine.remove(e);
        }
    }

    /** Sends the reminders whose time has come, in order; those of agents without a session wait for their login. */
    void remindDue(Instant now) {
        while (!pending.isEmpty() && !pending.first().remindAt.isAfter(now)) {
            FollowUpEntry e = pending.pollFirst();
            AgentSeat seat = state.seats.get(e.agentId);
            if (seat != null && seat.hasSession()) {
                remind(seat, e);
            } else {
                owed.computeIfAbsent(e.agentId, k -> new LinkedHashSet<>()).add(e);
            }
        }
    }

    /** The agent logged in: the reminders that came due while it was away. */
    void loggedIn(AgentSeat seat) {
        Set<FollowUpEntry> mine = owed.remove(seat.id());
        if (mine != null) {
            for (FollowUpEntry e : mine) {
                remind(seat, e);
            }
        }
    }

    private void remind(AgentSeat seat, FollowUpEntry e) {
        e.state = FollowUpEntry.State.REMINDED;
        state.store.followUpSaved(e.stored());
        seat.emit(EventTypes.REMINDER, null, e.view());
    }
}
