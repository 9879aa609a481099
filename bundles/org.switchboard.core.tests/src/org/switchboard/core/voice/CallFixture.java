package org.switchboard.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.function.Executable;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentState;

/** Calls in the states the participant tables talk about, and an assertion that a refusal changed nothing. */
final class CallFixture {

    static final String CUSTOMER = "customer-1";
    static final String A1 = "agent-1";
    static final String A2 = "agent-2";
    static final String A3 = "agent-3";
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private CallFixture() {
    }

    static Call connected() {
        return connected(CallPolicy.defaults());
    }

    static Call connected(CallPolicy policy) {
        Call c = Call.queued("call-1", CUSTOMER, "sales", policy);
        c.offer(A1, T0);
        c.answer(A1);
        return c;
    }

    /** Agent 1 asked agent 2 for a consult; agent 2 has not accepted yet. */
    static Call consultRequested() {
        Call c = connected();
        c.consult(A1, new Target.ToAgent(A2, AgentState.READY), T0);
        return c;
    }

    /** Agent 2 accepted: agent 1 talks with agent 2, the customer is on hold. */
    static Call consulting() {
        Call c = consultRequested();
        c.acceptConsult(A2);
        return c;
    }

    static Call conference() {
        Call c = consulting();
        c.conference(A1);
        return c;
    }

    /** Everything observable about a call, to show a refused action changed nothing. */
    static List<Object> snapshot(Call c) {
        List<Object> s = new ArrayList<>();
        s.add(c.phase());
        s.add(c.agent1());
        s.add(c.consultedParty());
        s.add(c.isConsultAccepted());
        s.add(c.isConsultHeld());
        s.add(c.isCustomerHeld());
        s.add(c.conferenceMembers());
        s.add(c.transferee());
        s.add(c.recording());
        s.add(c.recordingResumesAt());
        s.add(c.queueId());
        s.add(c.parties());
        s.add(List.copyOf(c.pendingWrapUps()));
        for (String p : List.of(CUSTOMER, A1, A2, A3)) {
            s.add(c.allowedActions(p));
            s.add(c.isMuted(p));
        }
        return s;
    }

    /** Asserts {@code action} is refused with {@code rule} and leaves the call exactly as it was. */
    static void assertRefused(Call c, Rule rule, Executable action) {
        List<Object> before = snapshot(c);
        ActionRefusedException e = assertThrows(ActionRefusedException.class, action);
        assertEquals(rule, e.rule(), e.getMessage());
        assertEquals(before, snapshot(c), "a refused action must change nothing");
    }
}
