package org.switchboard.core.wrapup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

class WrapUpTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Disposition RESOLVED = new Disposition("resolved", "Resolved");

    @Test
    void wrapUpHasDispositionNotesAndFollowUpActivity() {
        WrapUpLedger ledger = new WrapUpLedger(WrapUpCatalog.defaults());
        ledger.owe("agent-1");
        WrapUp w = WrapUp.of(RESOLVED).withNotes("called back").withFollowUp(utc(T0.plusSeconds(3600), "Check"));
        ledger.apply("agent-1", w, T0);
        assertEquals(Optional.of(w), ledger.applied("agent-1"));
        assertTrue(ledger.owed().isEmpty());
    }

    @Test
    void onlyAnAgentWhoOwesAWrapUpMayApplyOne() {
        WrapUpLedger ledger = new WrapUpLedger(WrapUpCatalog.defaults());
        assertEquals(Rule.NO_WRAP_UP_PENDING, assertThrows(ActionRefusedException.class,
                () -> ledger.apply("agent-2", WrapUp.of(RESOLVED), T0)).rule());
    }

    @Test
    void wrapUpRefusesUnknownDispositionLongNotesAndPastFollowUp() {
        WrapUpLedger ledger = new WrapUpLedger(new WrapUpCatalog(java.util.Set.of(RESOLVED), 10));
        ledger.owe("agent-1");
        assertEquals(Rule.UNKNOWN_DISPOSITION, assertThrows(ActionRefusedException.class,
                () -> ledger.apply("agent-1", WrapUp.of(new Disposition("x", "X")), T0)).rule());
        assertEquals(Rule.NOTES_TOO_LONG, assertThrows(ActionRefusedException.class,
                () -> ledger.apply("agent-1", WrapUp.of(RESOLVED).withNotes("01234567890"), T0)).rule());
        assertEquals(Rule.FOLLOW_UP_NOT_IN_FUTURE, assertThrows(ActionRefusedException.class,
                () -> ledger.apply("agent-1", WrapUp.of(RESOLVED).withFollowUp(utc(T0, "now")), T0)).rule());
        assertTrue(ledger.owes("agent-1"), "a refused wrap-up is still owed");
        assertEquals(Rule.MISSING_VALUE, assertThrows(ActionRefusedException.class, () -> WrapUp.of(null)).rule());
    }

    private static FollowUp utc(java.time.Instant due, String notes) {
        return new FollowUp(FollowUp.Kind.TASK, java.time.LocalDateTime.ofInstant(due, java.time.ZoneOffset.UTC),
                java.time.ZoneOffset.UTC, null, notes);
    }
}
