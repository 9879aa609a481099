package org.switchboard.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.core.voice.CallFixture.A1;
import static org.switchboard.core.voice.CallFixture.A2;
import static org.switchboard.core.voice.CallFixture.T0;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

/** Agent 1 calls agent 2: it rings like an offer; unanswered or turned down, it ends instead of queueing. */
class InternalCallTest {

    private static Call internal() {
        return Call.internal("call-9", A1, A2, "internal", CallPolicy.defaults(), T0);
    }

    @Test
    void calledAgentAnswersAndTheCallerSitsInTheCustomersSeat() {
        Call c = internal();
        assertEquals(CallPhase.OFFERED, c.phase());
        assertEquals(Optional.of(A2), c.offeredTo());
        assertEquals(Optional.of(Role.CUSTOMER), c.roleOf(A1));
        c.answer(A2);
        assertEquals(CallPhase.CONNECTED, c.phase());
        assertEquals(Optional.of(A2), c.agent1());
        c.leave(A1);
        assertEquals(CallPhase.ENDED, c.phase());
        assertTrue(c.owesWrapUp(A2), "the agent who answered wraps up");
    }

    @Test
    void turnedDownOrUnansweredTheCallEnds() {
        Call rejected = internal();
        rejected.reject(A2);
        assertEquals(CallPhase.ENDED, rejected.phase());

        Call unanswered = internal();
        unanswered.tick(T0.plus(CallPolicy.defaults().ringTimeout()));
        assertEquals(CallPhase.ENDED, unanswered.phase());
    }

    @Test
    void callerHangsUpWhileItRings() {
        Call c = internal();
        c.leave(A1);
        assertEquals(CallPhase.ENDED, c.phase());
        assertEquals(Optional.empty(), c.offeredTo());
    }

    @Test
    void noInternalCallToYourself() {
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> Call.internal("call-9", A1, A1, "internal", CallPolicy.defaults(), T0));
        assertEquals(Rule.CANNOT_CALL_YOURSELF, e.rule());
    }
}
