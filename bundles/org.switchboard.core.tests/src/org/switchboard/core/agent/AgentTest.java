package org.switchboard.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;

class AgentTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final ReasonCode BREAK = new ReasonCode("break", "Break");
    private static final ReasonCode LUNCH = new ReasonCode("lunch", "Lunch");

    private static Agent ready() {
        return ready(AgentPolicy.defaults());
    }

    private static Agent ready(AgentPolicy policy) {
        Agent a = new Agent("agent-1", policy);
        a.login();
        a.goReady();
        return a;
    }

    private static List<Object> snapshot(Agent a) {
        return List.of(a.state(), a.availability(), a.reason(), a.pendingChange(), List.copyOf(a.offers()),
                List.copyOf(a.activeInteractions()), List.copyOf(a.wrapUps()), a.busyChannels(), a.allowedActions());
    }

    private static void assertRefused(Agent a, Rule rule, Executable action) {
        List<Object> before = snapshot(a);
        ActionRefusedException e = assertThrows(ActionRefusedException.class, action);
        assertEquals(rule, e.rule(), e.getMessage());
        assertEquals(before, snapshot(a), "a refused action must change nothing");
    }

    @Test
    void consultRequestsReachAgentsInReadyOrNotReadyOnly() {
        Agent notReady = new Agent("agent-2", AgentPolicy.defaults());
        notReady.login();
        assertRefused(notReady, Rule.AGENT_NOT_AVAILABLE, () -> notReady.offer("i-1", Channel.VOICE, T0));
        notReady.offerConsult("i-1", Channel.VOICE, T0);
        assertEquals(AgentState.RESERVED, notReady.state());
        notReady.accept("i-1");
        notReady.end("i-1", false, T0);
        assertEquals(AgentState.NOT_READY, notReady.state(), "back to Not Ready after the consult");
        assertEquals(Optional.of(ReasonCode.AFTER_LOGIN), notReady.reason());

        Agent ready = ready();
        ready.offerConsult("i-2", Channel.VOICE, T0);
        assertRefused(ready, Rule.CAPACITY_REACHED, () -> ready.offerConsult("i-3", Channel.VOICE, T0));
        ready.tick(T0.plus(AgentPolicy.defaults().offerTimeout()));
        assertEquals(AgentState.RONA, ready.state(), "an unanswered consult request is RONA like any offer");
        assertRefused(ready, Rule.CONSULT_TARGET_UNAVAILABLE, () -> ready.offerConsult("i-4", Channel.VOICE, T0));

        Agent wrapping = ready();
        wrapping.offer("i-5", Channel.VOICE, T0);
        wrapping.accept("i-5");
        wrapping.end("i-5", true, T0);
        assertRefused(wrapping, Rule.CONSULT_TARGET_UNAVAILABLE, () -> wrapping.offerConsult("i-6", Channel.VOICE, T0));
        assertRefused(new Agent("agent-9", AgentPolicy.defaults()), Rule.NOT_LOGGED_IN,
                () -> new Agent("agent-9", AgentPolicy.defaults()).offerConsult("i-7", Channel.VOICE, T0));
        assertEquals(Optional.empty(), ready().refusalOfConsultOffer(Channel.VOICE));
    }

    @Test
    void agentStartsLoggedOutAndLogsInNotReady() {
        Agent a = new Agent("agent-1", AgentPolicy.defaults());
        assertEquals(AgentState.LOGGED_OUT, a.state());
        assertEquals(EnumSet.of(AgentAction.LOGIN), a.allowedActions());
        assertRefused(a, Rule.NOT_LOGGED_IN, a::goReady);
        a.login();
        assertEquals(AgentState.NOT_READY, a.state());
        assertEquals(Optional.of(ReasonCode.AFTER_LOGIN), a.reason());
        assertRefused(a, Rule.ALREADY_LOGGED_IN, a::login);
    }

    @Test
    void notReadyCarriesAConfiguredReasonCode() {
        Agent a = ready();
        a.goNotReady(BREAK);
        assertEquals(AgentState.NOT_READY, a.state());
        assertEquals(Optional.of(BREAK), a.reason());
        a.goNotReady(LUNCH);
        assertEquals(Optional.of(LUNCH), a.reason());
        assertRefused(a, Rule.ALREADY_IN_STATE, () -> a.goNotReady(LUNCH));
        assertRefused(a, Rule.UNKNOWN_REASON_CODE, () -> a.goNotReady(new ReasonCode("nap", "Nap")));
        assertRefused(a, Rule.MISSING_VALUE, () -> a.goNotReady(null));
        a.goReady();
        assertEquals(Optional.empty(), a.reason());
    }

    @Test
    void offerPutsAgentInReservedUntilAnswered() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        assertEquals(AgentState.RESERVED, a.state());
        assertEquals(Optional.of(OfferStage.CONNECTING), a.offerStage("call-1"));
        a.showContactRequest("call-1");
        assertEquals(Optional.of(OfferStage.CONTACT_REQUEST), a.offerStage("call-1"));
        a.accept("call-1");
        assertEquals(AgentState.BUSY, a.state());
        assertEquals(EnumSet.of(Channel.VOICE), a.busyChannels());
    }

    @Test
    void offerNotAnsweredInTimeReturnsInteractionToQueueAndPutsAgentInRona() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        assertEquals(List.of(), a.tick(T0.plusSeconds(19)));
        List<AgentEvent> events = a.tick(T0.plusSeconds(20));
        assertEquals(List.of(new AgentEvent.OfferTimedOut("call-1", Channel.VOICE)), events);
        assertEquals(AgentState.RONA, a.state());
        assertTrue(a.offers().isEmpty());
    }

    @Test
    void otherOffersShowingReturnToTheirQueuesWhenAgentGoesRona() {
        Agent a = ready();
        a.offer("chat-1", Channel.CHAT, T0);
        a.offer("chat-2", Channel.CHAT, T0.plusSeconds(10));
        List<AgentEvent> events = a.tick(T0.plusSeconds(20));
        assertEquals(List.of(new AgentEvent.OfferTimedOut("chat-1", Channel.CHAT),
                new AgentEvent.OfferWithdrawn("chat-2", Channel.CHAT)), events);
        assertEquals(AgentState.RONA, a.state());
    }

    @Test
    void onlyAgentsOwnChoiceLeavesRona() {
        Agent a = ready(AgentPolicy.defaults().withWrapUpTimeout(Duration.ofSeconds(30), AgentState.READY));
        a.offer("call-1", Channel.VOICE, T0);
        a.tick(T0.plusSeconds(20));
        assertEquals(AgentState.RONA, a.state());
        assertEquals(EnumSet.of(AgentAction.GO_READY, AgentAction.GO_NOT_READY), a.allowedActions());
        assertRefused(a, Rule.AGENT_NOT_AVAILABLE, () -> a.offer("call-2", Channel.VOICE, T0.plusSeconds(21)));
        assertRefused(a, Rule.RONA_NEEDS_AGENT_CHOICE, a::logout);
        a.tick(T0.plus(Duration.ofHours(8)));
        assertEquals(AgentState.RONA, a.state(), "time alone never leaves RONA");
        a.goReady();
        assertEquals(AgentState.READY, a.state());

        Agent b = ready();
        b.offer("call-3", Channel.VOICE, T0);
        b.tick(T0.plusSeconds(20));
        b.goNotReady(BREAK);
        assertEquals(AgentState.NOT_READY, b.state());
    }

    @Test
    void stateChangeDuringInteractionIsPendingUntilItEnds() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        a.accept("call-1");
        a.goNotReady(BREAK);
        assertEquals(AgentState.BUSY, a.state());
        assertEquals(Optional.of(new PendingChange(AgentState.NOT_READY, BREAK)), a.pendingChange());
        assertRefused(a, Rule.AGENT_NOT_AVAILABLE, () -> a.offer("chat-1", Channel.CHAT, T0));
        a.end("call-1", false, T0.plusSeconds(60));
        assertEquals(AgentState.NOT_READY, a.state());
        assertEquals(Optional.of(BREAK), a.reason());
        assertEquals(Optional.empty(), a.pendingChange());
    }

    @Test
    void pendingChangeWaitsForWrapUpToFinish() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        a.accept("call-1");
        a.logout();
        a.end("call-1", true, T0.plusSeconds(60));
        assertEquals(AgentState.WRAP_UP, a.state());
        assertEquals(AgentState.LOGGED_OUT, a.pendingChange().orElseThrow().target());
        a.completeWrapUp("call-1");
        assertEquals(AgentState.LOGGED_OUT, a.state());
    }

    @Test
    void noLogoutWhileConnectingOrContactRequestOfferIsShowing() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        assertFalse(a.isAllowed(AgentAction.LOGOUT));
        assertRefused(a, Rule.NO_LOGOUT_WHILE_OFFER_SHOWING, a::logout);
        a.showContactRequest("call-1");
        assertRefused(a, Rule.NO_LOGOUT_WHILE_OFFER_SHOWING, a::logout);
        a.reject("call-1");
        a.logout();
        assertEquals(AgentState.LOGGED_OUT, a.state());
    }

    @Test
    void capacityPerChannelIsEnforced() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        assertRefused(a, Rule.CAPACITY_REACHED, () -> a.offer("call-2", Channel.VOICE, T0));
        for (int i = 1; i <= 3; i++) {
            a.offer("chat-" + i, Channel.CHAT, T0);
            a.accept("chat-" + i);
        }
        assertEquals(3, a.activeCount(Channel.CHAT));
        assertRefused(a, Rule.CAPACITY_REACHED, () -> a.offer("chat-4", Channel.CHAT, T0));
        a.end("chat-1", false, T0);
        a.offer("chat-4", Channel.CHAT, T0);
    }

    @Test
    void capacityIsConfigurable() {
        Capacity c = Capacity.of(Map.of(Channel.VOICE, 1, Channel.CHAT, 5, Channel.EMAIL, 2));
        Agent a = ready(AgentPolicy.defaults().withCapacity(c));
        for (int i = 1; i <= 5; i++) {
            a.offer("chat-" + i, Channel.CHAT, T0);
        }
        assertRefused(a, Rule.CAPACITY_REACHED, () -> a.offer("chat-6", Channel.CHAT, T0));
        assertRefused(a, Rule.CAPACITY_REACHED, () -> a.offer("social-1", Channel.SOCIAL, T0));
        assertEquals(5, c.limit(Channel.CHAT));
        assertEquals(Rule.INVALID_CAPACITY,
                assertThrows(ActionRefusedException.class, () -> c.with(Channel.VOICE, 2)).rule());
        assertEquals(Rule.INVALID_CAPACITY,
                assertThrows(ActionRefusedException.class, () -> c.with(Channel.CHAT, -1)).rule());
    }

    @Test
    void busyPerChannel() {
        Agent a = ready();
        a.offer("chat-1", Channel.CHAT, T0);
        a.accept("chat-1");
        a.offer("email-1", Channel.EMAIL, T0);
        a.accept("email-1");
        assertEquals(EnumSet.of(Channel.CHAT, Channel.EMAIL), a.busyChannels());
        assertEquals(AgentState.BUSY, a.state());
    }

    @Test
    void wrapUpTimeoutSendsAgentToReady() {
        Agent a = ready(AgentPolicy.defaults().withWrapUpTimeout(Duration.ofSeconds(60), AgentState.READY));
        a.offer("call-1", Channel.VOICE, T0);
        a.accept("call-1");
        a.end("call-1", true, T0.plusSeconds(100));
        assertEquals(AgentState.WRAP_UP, a.state());
        assertRefused(a, Rule.AGENT_NOT_AVAILABLE, () -> a.offer("call-2", Channel.VOICE, T0.plusSeconds(101)));
        assertEquals(List.of(), a.tick(T0.plusSeconds(159)));
        assertEquals(List.of(new AgentEvent.WrapUpTimedOut("call-1")), a.tick(T0.plusSeconds(160)));
        assertEquals(AgentState.READY, a.state());
    }

    @Test
    void wrapUpTimeoutSendsAgentToNotReady() {
        Agent a = ready(AgentPolicy.defaults().withWrapUpTimeout(Duration.ofSeconds(60), AgentState.NOT_READY));
        a.offer("call-1", Channel.VOICE, T0);
        a.accept("call-1");
        a.end("call-1", true, T0);
        a.tick(T0.plusSeconds(60));
        assertEquals(AgentState.NOT_READY, a.state());
        assertEquals(Optional.of(ReasonCode.WRAP_UP_TIMEOUT), a.reason());
    }

    @Test
    void wrapUpWithoutTimeoutWaitsForTheAgent() {
        Agent a = ready();
        a.offer("call-1", Channel.VOICE, T0);
        a.accept("call-1");
        a.end("call-1", true, T0);
        a.tick(T0.plus(Duration.ofDays(1)));
        assertEquals(AgentState.WRAP_UP, a.state());
        a.completeWrapUp("call-1");
        assertEquals(AgentState.READY, a.state());
    }

    @Test
    void policyRefusesNonsenseTimeouts() {
        assertEquals(Rule.INVALID_TIMEOUT, assertThrows(ActionRefusedException.class,
                () -> AgentPolicy.defaults().withOfferTimeout(Duration.ZERO)).rule());
        assertEquals(Rule.INVALID_TIMEOUT, assertThrows(ActionRefusedException.class,
                () -> AgentPolicy.defaults().withWrapUpTimeout(Duration.ofSeconds(5), AgentState.BUSY)).rule());
    }

    @Test
    void unknownInteractionsAreRefused() {
        Agent a = ready();
        assertRefused(a, Rule.NO_SUCH_OFFER, () -> a.accept("nope"));
        assertRefused(a, Rule.NO_SUCH_OFFER, () -> a.accept(null));
        assertRefused(a, Rule.NO_SUCH_INTERACTION, () -> a.end("nope", true, T0));
        a.offer("call-1", Channel.VOICE, T0);
        assertRefused(a, Rule.DUPLICATE_INTERACTION, () -> a.offer("call-1", Channel.CHAT, T0));
    }
}
