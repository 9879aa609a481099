package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;

/** The supervisors present, each with its team and its own event stream. Event-loop confined. */
final class Supervisors {

    /** One present supervisor. */
    record Seat(String id, String name, String teamId, SessionEventLog log) {
    }

    private final CenterState state;
    private final Map<String, Seat> present = new LinkedHashMap<>();

    Supervisors(CenterState state) {
        this.state = state;
    }

    /** The supervisor's seat, new or kept when it was already present for the same team. */
    Seat join(String id, String name, String teamId) {
        if (state.config.team(teamId).isEmpty()) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no team " + teamId);
        }
        Seat seat = present.get(id);
        if (seat != null && seat.teamId().equals(teamId)) {
            return seat;
        }
        leave(id);
        seat = new Seat(id, name, teamId, new SessionEventLog(state.config.replayBuffer(), state.clock, () -> {
        }));
        present.put(id, seat);
        return seat;
    }

    /** Removes the supervisor and ends its stream; null when it was not present. */
    Seat leave(String id) {
        Seat seat = present.remove(id);
        if (seat != null) {
            seat.log().close();
        }
        return seat;
    }

    Seat seat(String id) {
        Seat seat = present.get(id);
        if (seat == null) {
            throw new ServerRefusal(Reason.UNAUTHORIZED, "no supervisor session for " + id);
        }
        return seat;
    }

    /** The present supervisor, or null. */
    Seat find(String id) {
        return present.get(id);
    }

    /** The supervisors whose desktops have had no stream for {@code away} or longer at {@code now}. */
    List<Seat> goneSince(java.time.Instant now, java.time.Duration away) {
        List<Seat> out = new ArrayList<>();
        for (Seat s : present.values()) {
            java.time.Instant since = s.log().absentSince();
            if (since != null && !since.plus(away).isAfter(now)) {
                out.add(s);
            }
        }
        return out;
    }

    List<Seat> of(String teamId) {
        List<Seat> out = new ArrayList<>();
        for (Seat s : present.values()) {
            if (s.teamId().equals(teamId)) {
                out.add(s);
            }
        }
        return out;
    }

    boolean anyFor(String teamId) {
        return present.values().stream().anyMatch(s -> s.teamId().equals(teamId));
    }

    void emit(String teamId, String type, Object data) {
        for (Seat s : of(teamId)) {
            s.log().append(type, null, data);
        }
    }
}
