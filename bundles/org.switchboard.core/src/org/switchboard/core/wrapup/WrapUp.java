package org.switchboard.core.wrapup;

import java.util.Optional;

import org.switchboard.core.internal.Require;

/** What an agent applies after an interaction: a disposition, notes and an optional follow-up. */
public record WrapUp(Disposition disposition, String notes, Optional<FollowUp> followUp) {

    public WrapUp {
        Require.present(disposition, "disposition");
        notes = notes == null ? "" : notes;
        Require.present(followUp, "follow-up");
    }

    public static WrapUp of(Disposition disposition) {
        return new WrapUp(disposition, "", Optional.empty());
    }

    public WrapUp withNotes(String text) {
        return new WrapUp(disposition, text, followUp);
    }

    public WrapUp withFollowUp(FollowUp f) {
        return new WrapUp(disposition, notes, Optional.of(Require.present(f, "follow-up")));
    }
}
