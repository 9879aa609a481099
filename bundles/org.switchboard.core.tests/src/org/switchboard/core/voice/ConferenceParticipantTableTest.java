package org.switchboard.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;
import static org.switchboard.core.voice.CallFixture.A1;
import static org.switchboard.core.voice.CallFixture.A2;
import static org.switchboard.core.voice.CallFixture.CUSTOMER;
import static org.switchboard.core.voice.CallFixture.T0;
import static org.switchboard.core.voice.CallFixture.assertRefused;
import static org.switchboard.core.voice.CallFixture.conference;
import static org.switchboard.core.voice.CallFixture.consulting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUp;

/**
 * The table "Actions each participant of a conference call can perform" of the agent guide, one
 * row per bullet: Customer (3), Agent 1 (6), Agent 2 (6).
 */
class ConferenceParticipantTableTest {

    private static final WrapUp RESOLVED = WrapUp.of(new Disposition("resolved", "Resolved"));

    private static Arguments row(String rule, Executable check) {
        return Arguments.of(named(rule, check));
    }

    static Stream<Arguments> conferenceTable() {
        return Stream.of(
                // Customer
                row("customerCannotStartConference", () -> {
                    Call c = consulting();
                    assertRefused(c, Rule.CUSTOMER_CANNOT_CONFERENCE, () -> c.conference(CUSTOMER));
                }),
                row("startingConferenceTakesCustomerOffHold", () -> {
                    Call c = consulting();
                    assertTrue(c.isCustomerHeld());
                    c.conference(A1);
                    assertFalse(c.isCustomerHeld());
                    assertEquals(3, c.parties());
                    assertEquals(Optional.of(Role.CUSTOMER), c.roleOf(CUSTOMER));
                }),
                row("customerCannotBeHeldDuringConference", () -> {
                    Call c = conference();
                    assertFalse(c.isAllowed(A1, CallAction.HOLD));
                    assertRefused(c, Rule.NO_HOLD_IN_CONFERENCE, () -> c.hold(A1));
                }),
                // Agent 1
                row("agent1CanStartAndEndConference", () -> {
                    Call c = conference();
                    assertTrue(c.isAllowed(A1, CallAction.END_CONFERENCE));
                    c.endConference(A1);
                    assertEquals(CallPhase.ENDED, c.phase());
                }),
                row("agent1StartsConferenceWithAgent2", () -> {
                    Call c = consulting();
                    assertTrue(c.allowedActions(A1).contains(CallAction.CONFERENCE));
                    c.apply(A1, CallAction.CONFERENCE, CallParams.none(), T0);
                    assertEquals(List.of(A2), c.conferenceMembers());
                }),
                row("duringConferenceNobodyCanBePutOnHold", () -> {
                    Call c = conference();
                    assertRefused(c, Rule.NO_HOLD_IN_CONFERENCE, () -> c.hold(A1));
                    assertRefused(c, Rule.NO_HOLD_IN_CONFERENCE, () -> c.holdConsult(A1));
                    assertRefused(c, Rule.NO_HOLD_IN_CONFERENCE, () -> c.hold(A2));
                }),
                row("agent1CanTransferConferenceToAgent2AndGetsWrapUp", () -> {
                    Call c = conference();
                    assertTrue(c.isAllowed(A1, CallAction.TRANSFER));
                    c.transfer(A1, A2);
                    assertTrue(c.owesWrapUp(A1));
                    assertEquals(Optional.of(A2), c.transferee());
                    assertEquals(2, c.parties(), "the call continues between agent 2 and the customer");
                }),
                row("customerLeavingConferenceGivesAgent1WrapUp", () -> {
                    Call c = conference();
                    c.leave(CUSTOMER);
                    assertEquals(CallPhase.CUSTOMER_LEFT_CONFERENCE, c.phase());
                    assertTrue(c.owesWrapUp(A1));
                    assertTrue(c.isAllowed(A1, CallAction.WRAP_UP));
                    assertEquals(Optional.empty(), c.roleOf(CUSTOMER));
                }),
                row("agent1EndingConferenceRemovesCustomerAndAgent2", () -> {
                    for (CallAction hangUp : List.of(CallAction.END_CONFERENCE, CallAction.RELEASE)) {
                        Call c = conference();
                        c.apply(A1, hangUp, CallParams.none(), T0);
                        assertEquals(List.of(), c.conferenceMembers(), hangUp.name());
                        assertEquals(Optional.empty(), c.roleOf(A2));
                        assertEquals(0, c.parties());
                        assertTrue(c.owesWrapUp(A1));
                    }
                }),
                // Agent 2
                row("agent2CannotEndConference", () -> {
                    Call c = conference();
                    assertRefused(c, Rule.AGENT_2_CANNOT_END_CONFERENCE, () -> c.endConference(A2));
                    assertRefused(c, Rule.AGENT_2_CANNOT_END_CONFERENCE, () -> c.release(A2));
                }),
                row("agent2CannotApplyWrapUpForConference", () -> {
                    Call c = conference();
                    c.endConference(A1);
                    assertRefused(c, Rule.AGENT_2_CANNOT_WRAP_UP, () -> c.applyWrapUp(A2, RESOLVED, T0));
                    assertFalse(c.owesWrapUp(A2));
                }),
                row("agent2ExitConferenceContinuesBetweenAgent1AndCustomer", () -> {
                    Call c = conference();
                    c.exitConference(A2);
                    assertEquals(CallPhase.CONNECTED, c.phase());
                    assertEquals(Optional.of(A1), c.agent1());
                    assertEquals(2, c.parties());
                    assertFalse(c.isCustomerHeld());
                }),
                row("agent2BecomesPartOfConferenceStartedDuringConsult", () -> {
                    Call c = consulting();
                    assertEquals(Optional.of(Role.AGENT_2), c.roleOf(A2));
                    c.conference(A1);
                    assertTrue(c.conferenceMembers().contains(A2));
                    assertTrue(c.isAllowed(A2, CallAction.EXIT_CONFERENCE));
                }),
                row("agent2CanAcceptTransferDuringConference", () -> {
                    Call c = conference();
                    c.transfer(A1, null);
                    assertTrue(c.isAllowed(A2, CallAction.ACCEPT_TRANSFER));
                    c.acceptTransfer(A2);
                    assertEquals(Optional.of(A2), c.agent1());
                    assertEquals(Optional.of(Role.AGENT_1), c.roleOf(A2));
                }),
                row("afterCustomerLeavesAgentsContinueInWrapUpWithoutHoldResumeOrConsult", () -> {
                    Call c = conference();
                    c.leave(CUSTOMER);
                    assertEquals(Optional.of(Role.AGENT_1), c.roleOf(A1));
                    assertEquals(Optional.of(Role.AGENT_2), c.roleOf(A2));
                    assertTrue(c.isAllowed(A1, CallAction.MUTE), "the agents still talk");
                    assertRefused(c, Rule.CUSTOMER_LEFT_CONFERENCE, () -> c.hold(A1));
                    assertRefused(c, Rule.CUSTOMER_LEFT_CONFERENCE, () -> c.resume(A1));
                    assertRefused(c, Rule.CUSTOMER_LEFT_CONFERENCE,
                            () -> c.consult(A1, new Target.ToAgent("agent-9", AgentState.READY), T0));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conferenceTable")
    void conferenceParticipantTable(Executable rule) throws Throwable {
        rule.execute();
    }
}
