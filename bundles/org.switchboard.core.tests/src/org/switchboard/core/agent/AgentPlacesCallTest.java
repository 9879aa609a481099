package org.switchboard.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;

/** An agent makes outbound and internal calls from Ready or Not Ready, with nothing else open. */
class AgentPlacesCallTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static Agent loggedIn() {
        Agent a = new Agent("agent-1", AgentPolicy.defaults());
        a.login();
        return a;
    }

    private static void assertRefused(Agent a, Rule rule) {
        List<Object> before = List.of(a.state(), List.copyOf(a.activeInteractions()), a.allowedActions());
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> a.placeCall("out-1"));
        assertEquals(rule, e.rule(), e.getMessage());
        assertEquals(before, List.of(a.state(), List.copyOf(a.activeInteractions()), a.allowedActions()));
        assertFalse(a.isAllowed(AgentAction.MAKE_CALL));
    }

    @Test
    void notReadyAgentPlacesACallAndIsBusyUntilItEnds() {
        Agent a = loggedIn();
        assertTrue(a.isAllowed(AgentAction.MAKE_CALL));
        a.placeCall("out-1");
        assertEquals(AgentState.BUSY, a.state());
        assertEquals(1, a.activeCount(Channel.VOICE));
        assertRefused(a, Rule.CALL_NEEDS_READY_OR_NOT_READY);
        a.end("out-1", true, T0);
        assertEquals(AgentState.WRAP_UP, a.state());
        assertRefused(a, Rule.CALL_NEEDS_READY_OR_NOT_READY);
        a.completeWrapUp("out-1");
        assertEquals(AgentState.NOT_READY, a.state());
        assertTrue(a.isAllowed(AgentAction.MAKE_CALL));
    }

    @Test
    void readyAgentPlacesACallAndIsOfferedNothingMeanwhile() {
        Agent a = loggedIn();
        a.goReady();
        a.placeCall("out-1");
        assertEquals(Rule.CAPACITY_REACHED, a.refusalOfOffer(Channel.VOICE).orElseThrow());
        a.end("out-1", false, T0);
        assertEquals(AgentState.READY, a.state());
    }

    @Test
    void noCallWhileAnOfferRingsOrInRonaOrLoggedOut() {
        Agent ringing = loggedIn();
        ringing.goReady();
        ringing.offer("in-1", Channel.VOICE, T0);
        assertRefused(ringing, Rule.CALL_NEEDS_READY_OR_NOT_READY);

        Agent rona = loggedIn();
        rona.goReady();
        rona.offer("in-1", Channel.VOICE, T0);
        rona.tick(T0.plus(AgentPolicy.defaults().offerTimeout()));
        assertEquals(AgentState.RONA, rona.state());
        assertRefused(rona, Rule.CALL_NEEDS_READY_OR_NOT_READY);

        Agent out = new Agent("agent-2", AgentPolicy.defaults());
        assertRefused(out, Rule.NOT_LOGGED_IN);
    }
}
