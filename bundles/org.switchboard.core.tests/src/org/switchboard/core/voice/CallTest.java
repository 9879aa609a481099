package org.switchboard.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchboard.core.voice.CallFixture.A1;
import static org.switchboard.core.voice.CallFixture.A2;
import static org.switchboard.core.voice.CallFixture.A3;
import static org.switchboard.core.voice.CallFixture.CUSTOMER;
import static org.switchboard.core.voice.CallFixture.T0;
import static org.switchboard.core.voice.CallFixture.assertRefused;
import static org.switchboard.core.voice.CallFixture.conference;
import static org.switchboard.core.voice.CallFixture.connected;
import static org.switchboard.core.voice.CallFixture.consultRequested;
import static org.switchboard.core.voice.CallFixture.consulting;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUp;

class CallTest {

    private static final WrapUp RESOLVED = WrapUp.of(new Disposition("resolved", "Resolved"));

    private static Call queued() {
        return Call.queued("call-1", CUSTOMER, "sales", CallPolicy.defaults());
    }

    @Test
    void offeredCallRingsOnlyForTheAgentItIsOfferedTo() {
        Call c = queued();
        c.offer(A1, T0);
        assertEquals(EnumSet.of(CallAction.ANSWER, CallAction.REJECT), c.allowedActions(A1));
        assertRefused(c, Rule.NOT_A_PARTICIPANT, () -> c.answer(A2));
        c.answer(A1);
        assertEquals(CallPhase.CONNECTED, c.phase());
        assertEquals(Optional.of(A1), c.agent1());
    }

    @Test
    void rejectedCallReturnsToItsQueue() {
        Call c = queued();
        c.offer(A1, T0);
        c.reject(A1);
        assertEquals(CallPhase.QUEUED, c.phase());
        assertEquals("sales", c.queueId());
    }

    @Test
    void offerNotAnsweredInTimeReturnsCallToQueue() {
        Call c = queued();
        c.offer(A1, T0);
        assertEquals(List.of(), c.tick(T0.plusSeconds(19)));
        assertEquals(CallPhase.OFFERED, c.phase());
        List<CallNotice> notices = c.tick(T0.plusSeconds(20));
        assertEquals(CallPhase.QUEUED, c.phase());
        assertEquals(List.of(new CallNotice(A1, Rule.OFFER_NOT_ANSWERED,
                "The call was not answered in time and returned to its queue.")), notices);
    }

    @Test
    void holdAndResumeTheCustomer() {
        Call c = connected();
        c.hold(A1);
        assertTrue(c.isCustomerHeld());
        assertRefused(c, Rule.ALREADY_ON_HOLD, () -> c.hold(A1));
        c.resume(A1);
        assertFalse(c.isCustomerHeld());
        assertRefused(c, Rule.NOT_ON_HOLD, () -> c.resume(A1));
    }

    @Test
    void consultOnHoldAndResume() {
        Call c = consulting();
        assertTrue(c.allowedActions(A1).contains(CallAction.HOLD_CONSULT));
        assertFalse(c.allowedActions(A2).contains(CallAction.HOLD_CONSULT));
        c.holdConsult(A1);
        assertTrue(c.isConsultHeld());
        assertFalse(c.isCustomerHeld());
        assertFalse(c.allowedActions(A1).contains(CallAction.HOLD_CONSULT));
        assertRefused(c, Rule.AGENT_2_CANNOT_RESUME, () -> c.resumeConsult(A2));
        c.resumeConsult(A1);
        assertFalse(c.isConsultHeld());
        assertTrue(c.isCustomerHeld());
        c.conference(A1);
        assertRefused(c, Rule.NO_HOLD_IN_CONFERENCE, () -> c.holdConsult(A1));
    }

    @Test
    void callDataDuringAConsultIsEditedByBothAgentsOnceConnected() {
        Call c = consultRequested();
        assertTrue(c.isAllowed(A1, CallAction.EDIT_CAD));
        assertRefused(c, Rule.NOT_CONNECTED, () -> c.apply(A2, CallAction.EDIT_CAD, CallParams.none(), T0));
        c.acceptConsult(A2);
        assertTrue(c.isAllowed(A1, CallAction.EDIT_CAD));
        assertTrue(c.isAllowed(A2, CallAction.EDIT_CAD), "the consulted agent may edit");
        c.conference(A1);
        assertTrue(c.isAllowed(A2, CallAction.EDIT_CAD), "and so may a conference member");
        c.exitConference(A2);
        assertFalse(c.isAllowed(A2, CallAction.EDIT_CAD), "not once they left");
    }

    @Test
    void endIsDisabledWhileOnHold() {
        Call c = connected();
        c.hold(A1);
        assertRefused(c, Rule.RELEASE_WHILE_ON_HOLD, () -> c.release(A1));
        c.resume(A1);
        c.release(A1);
        assertEquals(CallPhase.ENDED, c.phase());
        assertTrue(c.owesWrapUp(A1));
    }

    @Test
    void muteAndUnmute() {
        Call c = connected();
        c.mute(A1);
        assertTrue(c.isMuted(A1));
        assertRefused(c, Rule.ALREADY_MUTED, () -> c.mute(A1));
        c.unmute(A1);
        assertRefused(c, Rule.NOT_MUTED, () -> c.unmute(A1));
    }

    @Test
    void dtmfAcceptsDigitsStarAndHashOnly() {
        Call c = connected();
        c.sendDtmf(A1, "12*#");
        assertRefused(c, Rule.INVALID_DTMF, () -> c.sendDtmf(A1, "12a"));
        assertRefused(c, Rule.INVALID_DTMF, () -> c.sendDtmf(A1, ""));
        c.hold(A1);
        assertRefused(c, Rule.CUSTOMER_ON_HOLD, () -> c.sendDtmf(A1, "1"));
        assertRefused(c, Rule.ROLE_NOT_PERMITTED, () -> c.sendDtmf(CUSTOMER, "1"));
    }

    @Test
    void customerHangingUpEndsTwoPartyCallWithWrapUpForAgent1() {
        Call c = connected();
        c.leave(CUSTOMER);
        assertEquals(CallPhase.ENDED, c.phase());
        assertEquals(List.of(A1), List.copyOf(c.pendingWrapUps()));
        assertRefused(c, Rule.CALL_ENDED, () -> c.hold(A1));
    }

    @Test
    void customerAbandoningWhileRingingLeavesNoWrapUp() {
        Call c = queued();
        c.offer(A1, T0);
        c.leave(CUSTOMER);
        assertEquals(CallPhase.ENDED, c.phase());
        assertTrue(c.pendingWrapUps().isEmpty());
    }

    // ---- consult and transfer targets ----------------------------------------------------------

    @Test
    void consultTargetsAgentQueueEntryPointAndDialNumber() {
        Call toQueue = connected();
        toQueue.consult(A1, new Target.ToQueue("billing"), T0);
        assertEquals(Optional.empty(), toQueue.consultedParty());
        assertEquals(Optional.of("billing"), toQueue.consultWaitingForAgent(), "routing looks for an agent");
        assertRefused(toQueue, Rule.NOT_A_PARTICIPANT, () -> toQueue.acceptConsult(A2));
        toQueue.routeConsult(A2);
        assertEquals(Optional.empty(), toQueue.consultWaitingForAgent());
        toQueue.acceptConsult(A2);
        assertTrue(toQueue.isConsultAccepted());

        Call toEntryPoint = connected();
        toEntryPoint.consult(A1, new Target.ToEntryPoint("ep-support"), T0);
        assertEquals(Optional.of("ep-support"), toEntryPoint.consultWaitingForAgent());
        toEntryPoint.routeConsult(A3);
        assertEquals(Optional.of(Role.AGENT_2), toEntryPoint.roleOf(A3));

        Call toNumber = connected();
        toNumber.consult(A1, Target.dial("+1 (201) 553-2447"), T0);
        assertEquals(Optional.empty(), toNumber.consultWaitingForAgent());
        assertEquals(Optional.of("+12015532447"), toNumber.consultedParty());
        toNumber.acceptConsult("+12015532447");
        assertTrue(toNumber.isConsultAccepted());
    }

    @Test
    void consultToInvalidDialNumberIsRefusedWithMessage() {
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> Target.dial("12"));
        assertEquals(Rule.INVALID_DIAL_NUMBER, e.rule());
        assertTrue(e.getMessage().contains("2 digits"), e.getMessage());
    }

    @Test
    void consultOnlyAgentsInReadyOrNotReady() {
        Call c = connected();
        assertRefused(c, Rule.CONSULT_TARGET_UNAVAILABLE,
                () -> c.consult(A1, new Target.ToAgent(A2, AgentState.BUSY), T0));
        assertRefused(c, Rule.CONSULT_TARGET_UNAVAILABLE,
                () -> c.consult(A1, new Target.ToAgent(A2, AgentState.WRAP_UP), T0));
        assertRefused(c, Rule.CANNOT_TARGET_PARTICIPANT,
                () -> c.consult(A1, new Target.ToAgent(A1, AgentState.READY), T0));
        c.consult(A1, new Target.ToAgent(A2, AgentState.NOT_READY), T0);
        assertEquals(CallPhase.CONSULT, c.phase());
    }

    @Test
    void consultNotAnsweredFailsWithMessageToAgent1() {
        Call c = consultRequested();
        assertEquals(List.of(), c.tick(T0.plusSeconds(29)));
        List<CallNotice> notices = c.tick(T0.plusSeconds(30));
        assertEquals(1, notices.size());
        assertEquals(A1, notices.get(0).agentId());
        assertEquals(Rule.CONSULT_FAILED, notices.get(0).rule());
        assertTrue(notices.get(0).message().contains(A2));
        assertEquals(CallPhase.CONNECTED, c.phase());
        assertTrue(c.isCustomerHeld(), "agent 1 takes the customer back with Resume");
        assertEquals(Optional.empty(), c.roleOf(A2));
    }

    @Test
    void blindTransferToReadyAgentRingsThereAndAgent1WrapsUp() {
        Call c = connected();
        c.blindTransfer(A1, new Target.ToAgent(A2, AgentState.READY), T0);
        assertEquals(CallPhase.OFFERED, c.phase());
        assertEquals(Optional.of(A2), c.offeredTo());
        assertTrue(c.owesWrapUp(A1));
        c.answer(A2);
        assertEquals(Optional.of(A2), c.agent1());
    }

    @Test
    void blindTransferNotAcceptedByTargetAgentIsAbandoned() {
        Call c = connected();
        c.blindTransfer(A1, new Target.ToAgent(A2, AgentState.READY), T0);
        c.tick(T0.plus(CallPolicy.defaults().ringTimeout()));
        assertEquals(CallPhase.ENDED, c.phase());
    }

    @Test
    void noTransferToAgentInWrapUp() {
        Call c = connected();
        assertRefused(c, Rule.TRANSFER_TARGET_IN_WRAP_UP,
                () -> c.blindTransfer(A1, new Target.ToAgent(A2, AgentState.WRAP_UP), T0));
        assertRefused(c, Rule.TRANSFER_TARGET_NOT_READY,
                () -> c.blindTransfer(A1, new Target.ToAgent(A2, AgentState.NOT_READY), T0));
    }

    @Test
    void blindTransferToQueueWaitsThere() {
        Call c = connected();
        c.blindTransfer(A1, new Target.ToQueue("billing"), T0);
        assertEquals(CallPhase.QUEUED, c.phase());
        assertEquals("billing", c.queueId());
        assertTrue(c.mayRouteTo(A1));
        c.offer(A1, T0);
    }

    @Test
    void transferToEntryPointCannotRouteBackToTransferringAgent() {
        Call c = connected();
        c.blindTransfer(A1, new Target.ToEntryPoint("ep-main"), T0);
        assertEquals(CallPhase.QUEUED, c.phase());
        assertFalse(c.mayRouteTo(A1));
        assertTrue(c.mayRouteTo(A2));
        assertRefused(c, Rule.NO_ROUTE_BACK_AFTER_ENTRY_POINT_TRANSFER, () -> c.offer(A1, T0));
        c.offer(A2, T0);
        assertEquals(Optional.of(A2), c.offeredTo());
    }

    @Test
    void blindTransferToDialNumberLeavesTheCall() {
        Call c = connected();
        c.blindTransfer(A1, Target.dial("01161123456789"), T0);
        assertEquals(CallPhase.ENDED, c.phase());
        assertTrue(c.owesWrapUp(A1));
    }

    @Test
    void blindTransferOnlyFromTwoPartyCall() {
        Call c = consulting();
        assertRefused(c, Rule.BLIND_TRANSFER_TWO_PARTY_ONLY,
                () -> c.blindTransfer(A1, new Target.ToQueue("billing"), T0));
    }

    @Test
    void warmTransferNeedsConsultedParty() {
        Call c = connected();
        assertRefused(c, Rule.NO_CONSULTED_PARTY, () -> c.transfer(A1, null));
    }

    @Test
    void transfereeMayRejectAndTheCallIsAbandoned() {
        Call c = consulting();
        c.transfer(A1, null);
        c.reject(A2);
        assertEquals(CallPhase.ENDED, c.phase());
        assertTrue(c.owesWrapUp(A1));
        assertFalse(c.owesWrapUp(A2));
    }

    // ---- conference ----------------------------------------------------------------------------

    @Test
    void conferenceSizeLimitDefaultsToEightPartiesIncludingCustomerAndAgent() {
        Call c = conference();
        for (int i = 4; i <= 8; i++) {
            String agent = "agent-" + (i + 10);
            c.consult(A1, new Target.ToAgent(agent, AgentState.READY), T0);
            c.acceptConsult(agent);
            c.conference(A1);
            assertEquals(i, c.parties());
        }
        c.consult(A1, new Target.ToAgent("agent-99", AgentState.READY), T0);
        c.acceptConsult("agent-99");
        assertRefused(c, Rule.CONFERENCE_FULL, () -> c.conference(A1));
    }

    @Test
    void conferenceSizeLimitIsConfigurable() {
        Call c = connected(CallPolicy.defaults().withConferenceLimit(3));
        c.consult(A1, new Target.ToAgent(A2, AgentState.READY), T0);
        c.acceptConsult(A2);
        c.conference(A1);
        c.consult(A1, new Target.ToAgent(A3, AgentState.READY), T0);
        c.acceptConsult(A3);
        assertRefused(c, Rule.CONFERENCE_FULL, () -> c.conference(A1));
        assertThrows(ActionRefusedException.class, () -> CallPolicy.defaults().withConferenceLimit(2));
    }

    @Test
    void consultedPartyInConferenceConsultCanExitLeavingConferenceIntact() {
        Call c = conference();
        c.consult(A1, new Target.ToAgent(A3, AgentState.READY), T0);
        assertFalse(c.isCustomerHeld(), "nobody is held in a conference");
        c.acceptConsult(A3);
        c.exitConsult(A3);
        assertEquals(CallPhase.CONFERENCE, c.phase());
        assertEquals(List.of(A2), c.conferenceMembers());
    }

    // ---- recording -----------------------------------------------------------------------------

    @Test
    void recordingPauseAndResumeOnlyOnActiveTwoPartyCall() {
        Call c = connected();
        c.pauseRecording(A1, T0);
        assertEquals(RecordingState.PAUSED, c.recording());
        assertRefused(c, Rule.RECORDING_ALREADY_PAUSED, () -> c.pauseRecording(A1, T0));
        c.resumeRecording(A1);
        assertEquals(RecordingState.RECORDING, c.recording());

        Call consult = consulting();
        assertRefused(consult, Rule.RECORDING_CONTROL_TWO_PARTY_ONLY, () -> consult.pauseRecording(A1, T0));
        Call conf = conference();
        assertRefused(conf, Rule.RECORDING_CONTROL_TWO_PARTY_ONLY, () -> conf.pauseRecording(A1, T0));
        assertRefused(conf, Rule.RECORDING_CONTROL_TWO_PARTY_ONLY, () -> conf.resumeRecording(A1));
    }

    @Test
    void recordingControlsNeedRecordingEnabled() {
        Call c = connected(CallPolicy.defaults().withRecording(false));
        assertEquals(RecordingState.OFF, c.recording());
        assertRefused(c, Rule.RECORDING_NOT_ENABLED, () -> c.pauseRecording(A1, T0));
    }

    @Test
    void privacyShieldResumesRecordingWhenAdministratorDurationEnds() {
        Call c = connected(CallPolicy.defaults().withPrivacyShield(Duration.ofSeconds(45)));
        c.pauseRecording(A1, T0);
        assertEquals(Optional.of(T0.plusSeconds(45)), c.recordingResumesAt());
        c.tick(T0.plusSeconds(44));
        assertEquals(RecordingState.PAUSED, c.recording());
        c.tick(T0.plusSeconds(45));
        assertEquals(RecordingState.RECORDING, c.recording());
        assertEquals(Optional.empty(), c.recordingResumesAt());
    }

    @Test
    void pauseWithoutPrivacyShieldStaysPaused() {
        Call c = connected();
        c.pauseRecording(A1, T0);
        c.tick(T0.plus(Duration.ofHours(1)));
        assertEquals(RecordingState.PAUSED, c.recording());
    }

    // ---- wrap-up and errors --------------------------------------------------------------------

    @Test
    void agent1MustApplyWrapUpOnce() {
        Call c = connected();
        assertRefused(c, Rule.NO_WRAP_UP_PENDING, () -> c.applyWrapUp(A1, RESOLVED, T0));
        c.release(A1);
        assertRefused(c, Rule.UNKNOWN_DISPOSITION,
                () -> c.applyWrapUp(A1, WrapUp.of(new Disposition("made-up", "Made up")), T0));
        c.applyWrapUp(A1, RESOLVED.withNotes("customer happy"), T0);
        assertEquals("customer happy", c.wrapUpOf(A1).orElseThrow().notes());
        assertRefused(c, Rule.NO_WRAP_UP_PENDING, () -> c.applyWrapUp(A1, RESOLVED, T0));
    }

    @Test
    void transferredAgentWrapsUpWhileNewOwnerCarriesOn() {
        Call c = consulting();
        c.transfer(A1, null);
        c.acceptTransfer(A2);
        c.applyWrapUp(A1, RESOLVED, T0);
        c.release(A2);
        assertTrue(c.owesWrapUp(A2), "agent 2 owns the call after accepting the transfer");
    }

    @Test
    void nonParticipantIsRefusedAndNullsAreTotal() {
        Call c = connected();
        assertEquals(EnumSet.noneOf(CallAction.class), c.allowedActions("stranger"));
        assertEquals(EnumSet.noneOf(CallAction.class), c.allowedActions(null));
        assertFalse(c.isAllowed(A1, null));
        assertRefused(c, Rule.NOT_A_PARTICIPANT, () -> c.hold("stranger"));
        assertRefused(c, Rule.NOT_A_PARTICIPANT, () -> c.hold(null));
        assertRefused(c, Rule.MISSING_VALUE, () -> c.consult(A1, null, T0));
        assertRefused(c, Rule.MISSING_VALUE, () -> c.apply(A1, null, CallParams.none(), T0));
        assertRefused(c, Rule.MISSING_VALUE, () -> c.apply(A1, CallAction.CONSULT, null, T0));
    }

    @Test
    void everyActionByEveryParticipantInEveryPhaseIsAllowedOrRefusedWithoutChangingAnything() {
        List<Call> calls = List.of(queued(), connected(), consultRequested(), consulting(), conference());
        for (Call c : calls) {
            for (String who : List.of(CUSTOMER, A1, A2, A3)) {
                for (CallAction a : CallAction.values()) {
                    Optional<Rule> refusal = c.refusalOf(who, a);
                    assertEquals(refusal.isEmpty(), c.isAllowed(who, a));
                    assertEquals(refusal.isEmpty(), c.allowedActions(who).contains(a));
                    if (refusal.isPresent()) {
                        assertRefused(c, refusal.get(), () -> c.apply(who, a, CallParams.none(), T0));
                    }
                }
            }
        }
    }

    @Test
    void refusalNamesTheRuleInItsMessage() {
        Call c = conference();
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> c.hold(A1));
        assertTrue(e.getMessage().startsWith("NO_HOLD_IN_CONFERENCE: "), e.getMessage());
    }
}
