package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Rule;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.Session;

/** The engine: sessions and tokens, routing, the ticks, idempotent requests; no HTTP, on a clock the test moves. */
class ContactCenterEngineTest {

    private final Desk desk = new Desk();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aLoginGivesATokenThatTheNextLoginOfTheAgentEnds() {
        Session first = desk.engine.login("a1", "a1-demo");
        assertEquals(Optional.of("a1"), desk.engine.agentOf(first.token()));
        Session second = desk.engine.login("a1", "a1-demo");
        assertNotEquals(first.token(), second.token());
        assertEquals(Optional.empty(), desk.engine.agentOf(first.token()));
        assertEquals(Optional.of("a1"), desk.engine.agentOf(second.token()));
        ServerRefusal wrong = assertThrows(ServerRefusal.class, () -> desk.engine.login("a1", "a2-demo"));
        assertEquals(ServerRefusal.Reason.UNAUTHORIZED, wrong.reason());
    }

    @Test
    void aWaitingCallIsOfferedToTheReadyAgentWithTheSkillIdleLongest() {
        desk.ready("a1");
        desk.clock.advance(Duration.ofSeconds(5));
        desk.ready("a3");
        desk.ready("a2");
        String call = desk.call("sales");

        InteractionView offered = desk.view("a1", v -> v.id().equals(call));
        assertNotNull(offered, "a1 has been Ready longest");
        assertEquals("OFFERED", offered.state());
        assertTrue(offered.allowedActions().contains("ANSWER"), offered.allowedActions().toString());
        assertEquals(null, desk.view("a3", v -> v.id().equals(call)));
        desk.assertState("READY", "a2");
    }

    @Test
    void anOfferNotAnsweredInTimeGoesBackToItsQueueAndTheAgentIsToldAtTheTick() {
        desk.ready("a3");
        String call = desk.call("sales");
        desk.events("a3");
        desk.clock.advance(Desk.OFFER_TIMEOUT);
        desk.engine.tick();

        assertTrue(desk.notices("a3").stream().anyMatch(n -> n.rule().equals(Rule.OFFER_NOT_ANSWERED.name())
                && call.equals(n.interactionId())));
        assertTrue(desk.store.states.stream().filter(s -> s.interactionId().equals(call))
                .anyMatch(s -> s.state().equals("QUEUED")));
        assertEquals(1, desk.engine.queues().stream().filter(q -> q.id().equals("sales")).findFirst().orElseThrow()
                .waiting());
    }

    @Test
    void aRepeatedRequestIsAnsweredWithItsFirstOutcomeAndNotAppliedAgain() {
        desk.ready("a3");
        String call = desk.call("sales");
        ActionCommand answer = new ActionCommand("ANSWER", ActionParams.none(), "answer-1");
        ActionOutcome first = desk.engine.submit("a3", call, answer);
        ActionOutcome again = desk.engine.submit("a3", call, answer);

        assertEquals(first, again);
        assertEquals(null, again.rule(), "an ANSWER applied twice would be refused");
        desk.assertState("BUSY", "a3");
    }

    @Test
    void aMalformedOrUnknownActionIsRefusedBeforeAnythingChanges() {
        desk.ready("a3");
        String call = desk.call("sales");
        desk.events("a3");
        ServerRefusal unknown = assertThrows(ServerRefusal.class, () -> desk.act("a3", call, "FLY", null));
        assertEquals(ServerRefusal.Reason.INVALID, unknown.reason());
        ServerRefusal dtmf = assertThrows(ServerRefusal.class, () -> desk.act("a3", call, "SEND_DTMF",
                new ActionParams(null, "12x", null, null, null, null)));
        assertEquals(Optional.of(Rule.INVALID_DTMF), dtmf.rule());
        assertEquals("OFFERED", desk.engine.interaction("a3", call).state());
        assertEquals(java.util.List.of(), desk.events("a3"));
    }

    @Test
    void anotherAgentsInteractionIsForbidden() {
        desk.ready("a3");
        desk.ready("a2");
        String call = desk.call("sales");
        ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> desk.act("a2", call, "ANSWER", null));
        assertEquals(ServerRefusal.Reason.FORBIDDEN, refusal.reason());
    }
}
