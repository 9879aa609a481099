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
import static org.switchboard.core.voice.CallFixture.connected;
import static org.switchboard.core.voice.CallFixture.consultRequested;
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
 * The table "Actions each participant of a consult call can perform" of the agent guide, one row per
 * bullet: Customer (3), Agent 1 (7), Agent 2 (7).
 */
class ConsultParticipantTableTest {

    private static final WrapUp RESOLVED = WrapUp.of(new Disposition("resolved", "Resolved"));

    private static Arguments row(String rule, Executable check) {
        return Arguments.of(named(rule, check));
    }

    static Stream<Arguments> consultTable() {
        return Stream.of(
                // Customer
                row("customerCannotStartConsult", () -> {
                    Call c = connected();
                    assertFalse(c.allowedActions(CUSTOMER).contains(CallAction.CONSULT));
                    assertRefused(c, Rule.CUSTOMER_CANNOT_CONSULT,
                            () -> c.consult(CUSTOMER, new Target.ToAgent(A2, AgentState.READY), T0));
                }),
                row("customerIsHeldDuringConsult", () -> {
                    Call c = connected();
                    assertFalse(c.isCustomerHeld());
                    c.consult(A1, new Target.ToAgent(A2, AgentState.READY), T0);
                    assertTrue(c.isCustomerHeld());
                    c.acceptConsult(A2);
                    assertTrue(c.isCustomerHeld());
                    assertFalse(c.isConsultHeld());
                }),
                row("customerLeavingEndsInteraction", () -> {
                    Call c = consulting();
                    assertTrue(c.isAllowed(CUSTOMER, CallAction.LEAVE));
                    c.leave(CUSTOMER);
                    assertEquals(CallPhase.ENDED, c.phase());
                    assertEquals(0, c.parties());
                }),
                // Agent 1
                row("agent1CanStartAndEndConsult", () -> {
                    Call c = connected();
                    assertTrue(c.isAllowed(A1, CallAction.CONSULT));
                    c.consult(A1, new Target.ToAgent(A2, AgentState.READY), T0);
                    c.acceptConsult(A2);
                    assertEquals(CallPhase.CONSULT, c.phase());
                    assertTrue(c.isAllowed(A1, CallAction.END_CONSULT));
                    c.endConsult(A1);
                    assertEquals(CallPhase.ENDED, c.phase());
                }),
                row("agent1CanResumeHeldCustomer", () -> {
                    Call c = consulting();
                    assertTrue(c.isAllowed(A1, CallAction.RESUME));
                    c.resume(A1);
                    assertFalse(c.isCustomerHeld());
                }),
                row("agent1CanConsultAgent2AndPutAgent2OnHold", () -> {
                    Call c = consulting();
                    assertEquals(Optional.of(A2), c.consultedParty());
                    assertTrue(c.isAllowed(A1, CallAction.HOLD_CONSULT));
                    c.holdConsult(A1);
                    assertTrue(c.isConsultHeld());
                    assertFalse(c.isCustomerHeld(), "both lines are never held at once");
                    assertTrue(c.isAllowed(A1, CallAction.RESUME_CONSULT));
                }),
                row("agent1CanTransferToAgent2AndGetsWrapUp", () -> {
                    Call c = consulting();
                    assertTrue(c.isAllowed(A1, CallAction.TRANSFER));
                    c.transfer(A1, null);
                    assertTrue(c.owesWrapUp(A1), "wrap-up dialog for agent 1");
                    assertEquals(Optional.of(A2), c.transferee());
                    assertFalse(c.isCustomerHeld(), "the call continues between agent 2 and the customer");
                    assertEquals(Optional.empty(), c.roleOf(A1));
                    assertEquals(2, c.parties());
                }),
                row("agent1CanStartConferenceWithAgent2AndCustomer", () -> {
                    Call c = consulting();
                    assertTrue(c.isAllowed(A1, CallAction.CONFERENCE));
                    c.conference(A1);
                    assertEquals(CallPhase.CONFERENCE, c.phase());
                    assertEquals(3, c.parties());
                }),
                row("customerLeavingConsultEndsInteractionWithWrapUpForAgent1", () -> {
                    Call c = consulting();
                    c.leave(CUSTOMER);
                    assertEquals(CallPhase.ENDED, c.phase());
                    assertEquals(List.of(A1), List.copyOf(c.pendingWrapUps()));
                    assertTrue(c.isAllowed(A1, CallAction.WRAP_UP));
                }),
                row("agent1EndingConsultRemovesCustomerAndAgent2", () -> {
                    for (CallAction hangUp : List.of(CallAction.END_CONSULT, CallAction.RELEASE)) {
                        Call c = consulting();
                        c.apply(A1, hangUp, CallParams.none(), T0);
                        assertEquals(CallPhase.ENDED, c.phase(), hangUp.name());
                        assertEquals(Optional.empty(), c.consultedParty());
                        assertEquals(Optional.empty(), c.roleOf(A2));
                        assertEquals(0, c.parties());
                        assertTrue(c.owesWrapUp(A1));
                    }
                }),
                // Agent 2
                row("resumeSwapsWhoIsHeld", () -> {
                    Call c = consulting();
                    c.resume(A1);
                    assertTrue(c.isConsultHeld());
                    assertFalse(c.isCustomerHeld());
                    c.resumeConsult(A1);
                    assertFalse(c.isConsultHeld());
                    assertTrue(c.isCustomerHeld());
                }),
                row("agent2CannotResumeOrEndConsult", () -> {
                    Call c = consulting();
                    assertRefused(c, Rule.AGENT_2_CANNOT_RESUME, () -> c.resume(A2));
                    assertRefused(c, Rule.AGENT_2_CANNOT_END_CONSULT, () -> c.endConsult(A2));
                    assertRefused(c, Rule.AGENT_2_CANNOT_END_CONSULT, () -> c.release(A2));
                }),
                row("agent2CannotApplyWrapUp", () -> {
                    Call c = consulting();
                    assertRefused(c, Rule.AGENT_2_CANNOT_WRAP_UP, () -> c.applyWrapUp(A2, RESOLVED, T0));
                    c.endConsult(A1);
                    assertRefused(c, Rule.AGENT_2_CANNOT_WRAP_UP, () -> c.applyWrapUp(A2, RESOLVED, T0));
                    c.applyWrapUp(A1, RESOLVED, T0);
                    assertEquals(Optional.of(RESOLVED), c.wrapUpOf(A1));
                }),
                row("agent2ExitConsultContinuesBetweenAgent1AndCustomer", () -> {
                    Call c = consulting();
                    assertTrue(c.isAllowed(A2, CallAction.EXIT_CONSULT));
                    c.exitConsult(A2);
                    assertEquals(CallPhase.CONNECTED, c.phase());
                    assertEquals(Optional.empty(), c.roleOf(A2));
                    assertEquals(Optional.of(Role.AGENT_1), c.roleOf(A1));
                    assertEquals(Optional.of(Role.CUSTOMER), c.roleOf(CUSTOMER));
                    assertFalse(c.isCustomerHeld());
                }),
                row("agent2CanAcceptTransfer", () -> {
                    Call c = consulting();
                    assertFalse(c.isAllowed(A2, CallAction.ACCEPT_TRANSFER));
                    c.transfer(A1, A2);
                    assertTrue(c.isAllowed(A2, CallAction.ACCEPT_TRANSFER));
                    c.acceptTransfer(A2);
                    assertEquals(Optional.of(A2), c.agent1());
                    assertEquals(CallPhase.CONNECTED, c.phase());
                }),
                row("agent2JoinsConferenceStartedDuringConsult", () -> {
                    Call c = consulting();
                    c.conference(A1);
                    assertEquals(List.of(A2), c.conferenceMembers());
                    assertEquals(Optional.of(Role.AGENT_2), c.roleOf(A2));
                }),
                row("customerLeavingRemovesAgent2WithoutWrapUp", () -> {
                    Call c = consulting();
                    c.leave(CUSTOMER);
                    assertEquals(Optional.empty(), c.roleOf(A2));
                    assertFalse(c.owesWrapUp(A2));
                    assertFalse(c.isAllowed(A2, CallAction.WRAP_UP));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consultTable")
    void consultParticipantTable(Executable rule) throws Throwable {
        rule.execute();
    }

    /** The seed's notes under "Initiating a consult call", before the consulted agent accepts. */
    static Stream<Arguments> consultRequestNotes() {
        return Stream.of(
                row("untilConsultedAgentAcceptsTransferAndConferenceAreDisabled", () -> {
                    Call c = consultRequested();
                    assertRefused(c, Rule.CONSULT_NOT_ACCEPTED, () -> c.transfer(A1, null));
                    assertRefused(c, Rule.CONSULT_NOT_ACCEPTED, () -> c.conference(A1));
                }),
                row("untilConsultedAgentAcceptsResumeIsEnabled", () -> {
                    Call c = consultRequested();
                    assertTrue(c.isAllowed(A1, CallAction.RESUME));
                    c.resume(A1);
                    assertFalse(c.isCustomerHeld());
                    c.acceptConsult(A2);
                    assertTrue(c.isConsultHeld(), "agent 1 is with the customer, so agent 2 waits on hold");
                }),
                row("onlyOneOfCustomerAndConsultedAgentCanBeHeld", () -> {
                    Call c = consulting();
                    c.resume(A1);
                    assertRefused(c, Rule.ONLY_ONE_PARTY_HELD, () -> c.hold(A1));
                    assertRefused(c, Rule.ALREADY_ON_HOLD, () -> c.holdConsult(A1));
                    assertTrue(c.isCustomerHeld() ^ c.isConsultHeld());
                }),
                row("consultOnHoldOnlyOnceTheConsultedAgentAccepted", () -> {
                    Call c = consultRequested();
                    assertRefused(c, Rule.CONSULT_NOT_ACCEPTED, () -> c.holdConsult(A1));
                }),
                row("consultNotAcceptedFailsWithMessageToAgent1", () -> {
                    Call c = consultRequested();
                    c.reject(A2);
                    assertEquals(CallPhase.CONNECTED, c.phase());
                    List<CallNotice> notices = c.drainNotices();
                    assertEquals(1, notices.size());
                    assertEquals(A1, notices.get(0).agentId());
                    assertEquals(Rule.CONSULT_FAILED, notices.get(0).rule());
                }),
                row("consultedAgentCannotEditVariablesOfAnEntryPointConsult", () -> {
                    Call c = connected();
                    c.consult(A1, new Target.ToEntryPoint("ep-support"), T0);
                    c.routeConsult(A2);
                    assertEquals(Optional.of(Rule.NOT_CONNECTED), c.refusalOf(A2, CallAction.EDIT_CAD));
                    c.acceptConsult(A2);
                    assertTrue(c.isAllowed(A1, CallAction.EDIT_CAD));
                    assertEquals(Optional.of(Rule.CONSULTED_AGENT_CANNOT_EDIT_CAD),
                            c.refusalOf(A2, CallAction.EDIT_CAD));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consultRequestNotes")
    void consultRequestRules(Executable rule) throws Throwable {
        rule.execute();
    }
}
