package org.switchboard.core.wrapup;

import java.time.Instant;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** The dispositions an agent may pick and the limits a wrap-up must meet. */
public record WrapUpCatalog(Set<Disposition> dispositions, int maxNotesLength) {

    public static final int DEFAULT_MAX_NOTES = 4000;

    public WrapUpCatalog {
        dispositions = Set.copyOf(Require.present(dispositions, "dispositions"));
        if (dispositions.isEmpty() || maxNotesLength < 0) {
            throw new ActionRefusedException(Rule.MISSING_VALUE, "dispositions");
        }
    }

    public static WrapUpCatalog defaults() {
        return new WrapUpCatalog(Set.of(new Disposition("resolved", "Resolved"),
                new Disposition("follow-up", "Needs follow-up"), new Disposition("escalated", "Escalated")),
                DEFAULT_MAX_NOTES);
    }

    /** Refuses a wrap-up with an unknown disposition, overlong notes or a follow-up not in the future. */
    public void validate(WrapUp wrapUp, Instant now) {
        Require.present(wrapUp, "wrap-up");
        Require.present(now, "now");
        if (!dispositions.contains(wrapUp.disposition())) {
            throw new ActionRefusedException(Rule.UNKNOWN_DISPOSITION, wrapUp.disposition().code());
        }
        if (wrapUp.notes().length() > maxNotesLength) {
            throw new ActionRefusedException(Rule.NOTES_TOO_LONG,
                    wrapUp.notes().length() + " > " + maxNotesLength + " characters");
        }
        if (wrapUp.followUp().isPresent() && !wrapUp.followUp().get().due().isAfter(now)) {
            throw new ActionRefusedException(Rule.FOLLOW_UP_NOT_IN_FUTURE);
        }
    }
}
