package org.switchboard.core.voice;

import java.time.Instant;

/** The second line agent 1 opens while consulting. Mutable; owned by one {@link Call}. */
final class ConsultLeg {

    final Target target;
    /** Who is being consulted; null while a queue or entry point has not reached an agent yet. */
    Party party;
    boolean accepted;
    /** The consult line is on hold (agent 1 is back with the customer). */
    boolean held;
    final Instant deadline;

    ConsultLeg(Target target, Party party, Instant deadline) {
        this.target = target;
        this.party = party;
        this.deadline = deadline;
    }

    boolean isParty(String id) {
        return party != null && party.id().equals(id);
    }
}
