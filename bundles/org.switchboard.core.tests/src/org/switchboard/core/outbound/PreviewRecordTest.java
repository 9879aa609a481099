package org.switchboard.core.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.dial.DialString;

class PreviewRecordTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static PreviewRecord record() {
        return new PreviewRecord("rec-1", "renewals", DialString.parse("+12015532447"), Map.of("name", "Bo"));
    }

    @Test
    void previewRecordIsReviewedThenAccepted() {
        PreviewRecord r = record();
        assertEquals(PreviewState.REVIEW, r.state());
        assertEquals("Bo", r.fields().get("name"));
        assertEquals("+12015532447", r.accept().value());
        assertEquals(Rule.NOT_ALLOWED_IN_STATE, assertThrows(ActionRefusedException.class, r::reject).rule());
    }

    @Test
    void previewRecordCanBeRejected() {
        PreviewRecord r = record();
        r.reject();
        assertEquals(PreviewState.REJECTED, r.state());
    }

    @Test
    void callAttemptIsRescheduledOnlyToTheFuture() {
        PreviewRecord r = record();
        assertEquals(Rule.RESCHEDULE_NOT_IN_FUTURE,
                assertThrows(ActionRefusedException.class, () -> r.reschedule(T0, T0)).rule());
        assertEquals(PreviewState.REVIEW, r.state());
        r.reschedule(T0.plusSeconds(86_400), T0);
        assertEquals(Optional.of(T0.plusSeconds(86_400)), r.rescheduledTo());
    }
}
