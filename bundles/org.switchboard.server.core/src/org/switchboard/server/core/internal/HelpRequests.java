package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.HelpRequestView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;

/**
 * The help requests and review flags not closed yet, and what raising, taking, closing and a
 * supervisor leaving do to them: each change goes to the team's present supervisors and to the agent
 * who raised it, with a notice to the agent saying who took it or why it waits. Event-loop confined.
 */
final class HelpRequests {

    static final String TAKEN_RULE = "HELP_REQUEST_TAKEN";
    static final String WAITING_RULE = "HELP_REQUEST_WAITING";
    static final String REOPENED_RULE = "HELP_REQUEST_REOPENED";

    private final CenterState state;
    private final Supervisors supervisors;
    private final Map<String, HelpRequestView> open = new LinkedHashMap<>();
    private long next = 1;

    HelpRequests(CenterState state, Supervisors supervisors) {
        this.state = state;
        this.supervisors = supervisors;
    }

    List<HelpRequestView> of(String teamId) {
        List<HelpRequestView> out = new ArrayList<>();
        for (HelpRequestView r : open.values()) {
            if (r.teamId().equals(teamId)) {
                out.add(r);
            }
        }
        return out;
    }

    HelpRequestView raise(String kind, AgentSeat seat, String interactionId, String channel, String note,
            Instant now) {
        String checked = checkedNote(note);
        for (HelpRequestView r : open.values()) {
            if (r.kind().equals(kind) && r.agentId().equals(seat.id()) && r.interactionId().equals(interactionId)) {
                return r;
            }
        }
        String teamId = seat.account.teamId();
        HelpRequestView r = new HelpRequestView("h-" + next++, kind, teamId, seat.id(), seat.account.name(),
                interactionId, channel, checked, now, HelpRequestView.OPEN, null, null);
        changed(r);
        if (HelpRequestView.HELP.equals(kind) && !supervisors.anyFor(teamId)) {
            tell(r, WAITING_RULE, "No supervisor of your team is logged in: your help request stays open "
                    + "until one is, and goes to them at once.");
        }
        return r;
    }

    HelpRequestView take(Supervisors.Seat supervisor, String requestId) {
        HelpRequestView r = inTeam(requestId, supervisor.teamId());
        if (r.takenBy() != null) {
            throw new ServerRefusal(Reason.CONFLICT, r.takenBy().equals(supervisor.id())
                    ? "You have already taken this help request."
                    : r.takenByName() + " has already taken this help request.");
        }
        HelpRequestView taken = r.takenBy(supervisor.id(), supervisor.name());
        changed(taken);
        tell(taken, TAKEN_RULE, supervisor.name() + " took your " + (HelpRequestView.HELP.equals(r.kind())
                ? "help request" : "review flag") + ".");
        return taken;
    }

    /** Closed by the agent who raised it, the supervisor who took it, or any supervisor of the team. */
    HelpRequestView close(String callerId, String teamId, String requestId) {
        HelpRequestView r = inTeam(requestId, teamId);
        boolean supervisor = supervisors.of(teamId).stream().anyMatch(s -> s.id().equals(callerId));
        if (!supervisor && !r.agentId().equals(callerId)) {
            throw new ServerRefusal(Reason.FORBIDDEN, "Only the agent who raised it or a supervisor of the team "
                    + "closes a help request.");
        }
        HelpRequestView closed = r.closed();
        changed(closed);
        return closed;
    }

    /** The supervisor left: what it had taken is open again, for the others or for the next to come. */
    void supervisorLeft(Supervisors.Seat gone) {
        boolean others = supervisors.anyFor(gone.teamId());
        for (HelpRequestView r : List.copyOf(open.values())) {
            if (gone.id().equals(r.takenBy())) {
                HelpRequestView reopened = r.takenBy(null, null);
                changed(reopened);
                tell(reopened, REOPENED_RULE, gone.name() + " logged out before closing your request: it is open "
                        + (others ? "again for your team's other supervisors." : "again and goes to the next "
                                + "supervisor of your team who logs in."));
            }
        }
    }

    private HelpRequestView inTeam(String requestId, String teamId) {
        HelpRequestView r = requestId == null ? null : open.get(requestId);
        if (r == null || !r.teamId().equals(teamId)) {
            throw new ServerRefusal(Reason.NOT_FOUND, "no open help request " + requestId + " in your team");
        }
        return r;
    }

    private void changed(HelpRequestView r) {
        if (HelpRequestView.CLOSED.equals(r.status())) {
            open.remove(r.id());
        } else {
            open.put(r.id(), r);
        }
        supervisors.emit(r.teamId(), EventTypes.HELP_REQUEST, r);
        AgentSeat agent = state.seats.get(r.agentId());
        if (agent != null) {
            agent.emit(EventTypes.HELP_REQUEST, null, r);
        }
    }

    private void tell(HelpRequestView r, String rule, String message) {
        AgentSeat agent = state.seats.get(r.agentId());
        if (agent != null) {
            agent.emit(EventTypes.NOTICE, null, new Notice(r.interactionId(), rule, message));
        }
    }

    static String checkedNote(String note) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw new ServerRefusal(Reason.INVALID, "A help request needs a note saying what the help is for.");
        }
        if (n.length() > HelpRequestView.NOTE_LIMIT) {
            throw new ServerRefusal(Reason.INVALID,
                    "A note is at most " + HelpRequestView.NOTE_LIMIT + " characters; this one has " + n.length() + ".");
        }
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new ServerRefusal(Reason.INVALID, "A note may not contain control characters.");
            }
        }
        return n;
    }
}
