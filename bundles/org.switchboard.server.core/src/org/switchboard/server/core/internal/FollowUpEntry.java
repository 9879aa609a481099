package org.switchboard.server.core.internal;

import java.time.Instant;
import java.time.ZoneId;

import org.switchboard.core.wrapup.FollowUp;
import org.switchboard.server.core.FollowUpView;
import org.switchboard.server.core.store.StoredFollowUp;

/** One follow-up activity in an agent's calendar, and where it stands. Event-loop confined. */
final class FollowUpEntry {

    enum State {
        SCHEDULED, REMINDED, DONE
    }

    final String id;
    final String agentId;
    final FollowUp followUp;
    final String contactName;
    final String contactNumber;
    final String interactionId;
    final Instant created;
    /** Computed once: the reminder fires at this instant even if the zone's rules are read again later. */
    final Instant remindAt;
    State state;

    FollowUpEntry(String id, String agentId, FollowUp followUp, String contactName, String contactNumber,
            String interactionId, Instant created, State state) {
        this.id = id;
        this.agentId = agentId;
        this.followUp = followUp;
        this.contactName = contactName;
        this.contactNumber = contactNumber;
        this.interactionId = interactionId;
        this.created = created;
        this.remindAt = followUp.remindAt();
        this.state = state;
    }

    static FollowUpEntry of(StoredFollowUp s) {
        FollowUp f = new FollowUp(FollowUp.Kind.valueOf(s.kind()), s.localDue(), ZoneId.of(s.zone()),
                java.time.Duration.ofMinutes(s.reminderMinutes()), s.notes());
        return new FollowUpEntry(s.id(), s.agentId(), f, s.contactName(), s.contactNumber(), s.interactionId(),
                s.created(), State.valueOf(s.state()));
    }

    FollowUpView view() {
        return new FollowUpView(id, agentId, followUp.kind().name(), followUp.due(), followUp.localDue(),
                followUp.zone().getId(), (int) followUp.reminder().toMinutes(), remindAt, followUp.notes(),
                contactName, contactNumber, interactionId, state.name(), created);
    }

    StoredFollowUp stored() {
        return new StoredFollowUp(id, agentId, followUp.kind().name(), followUp.localDue(), followUp.zone().getId(),
                (int) followUp.reminder().toMinutes(), followUp.notes(), contactName, contactNumber, interactionId,
                state.name(), created);
    }
}
