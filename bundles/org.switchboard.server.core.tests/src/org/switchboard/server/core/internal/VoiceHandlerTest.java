package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Rule;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.store.StoredWrapUp;

/**
 * Calls: what agent 1 is told when a consult or a warm transfer is turned down (at once, not at the
 * next tick), and the wrap-up stored as the agent applied it.
 */
class VoiceHandlerTest {

    private final Desk desk = new Desk();

    @AfterEach
    void close() {
        desk.close();
    }

    /** a1 (sales and support) answers a sales call; a2 (support only) is Ready and consulted. */
    private String consulting() {
        desk.ready("a1");
        String call = desk.call("sales");
        desk.does("a1", call, "ANSWER");
        desk.ready("a2");
        desk.does("a1", call, "CONSULT", Desk.toAgent("a2"));
        desk.events("a1");
        return call;
    }

    private static boolean told(List<Notice> notices, String call, Rule rule) {
        return notices.stream().anyMatch(n -> call.equals(n.interactionId()) && rule.name().equals(n.rule()));
    }

    @Test
    void agentOneIsToldAtOnceWhenTheConsultedAgentRejects() {
        String call = consulting();
        desk.does("a2", call, "REJECT");

        List<Notice> notices = desk.notices("a1");
        assertTrue(told(notices, call, Rule.CONSULT_FAILED), notices.toString());
        assertEquals("CONNECTED", desk.engine.interaction("a1", call).state());
        desk.assertState("READY", "a2");
    }

    @Test
    void agentOneIsToldOnceWhenTheConsultedAgentRejects() {
        String call = consulting();
        desk.does("a2", call, "REJECT");
        desk.notices("a1");
        desk.engine.tick();
        assertEquals(List.of(), desk.notices("a1").stream().filter(n -> call.equals(n.interactionId())).toList());
    }

    @Test
    void agentOneIsToldAtOnceWhenTheTransfereeRefusesAWarmTransfer() {
        String call = consulting();
        desk.does("a2", call, "ACCEPT_CONSULT");
        desk.does("a1", call, "TRANSFER");
        desk.events("a1");
        desk.does("a2", call, "REJECT");

        List<Notice> notices = desk.notices("a1");
        assertTrue(told(notices, call, Rule.TRANSFER_NOT_ACCEPTED), notices.toString());
        desk.assertState("WRAP_UP", "a1");
    }

    @Test
    void theWrapUpStoredIsTheOneTheAgentApplied() {
        desk.ready("a3");
        String call = desk.call("sales");
        desk.does("a3", call, "ANSWER");
        desk.does("a3", call, "RELEASE");
        desk.does("a3", call, "WRAP_UP", Desk.wrapUp("resolved", "Refund sent"));

        assertEquals(1, desk.store.wrapUps.size());
        StoredWrapUp stored = desk.store.wrapUps.get(0);
        assertEquals(List.of(call, "a3", "resolved", "Refund sent"),
                List.of(stored.interactionId(), stored.agentId(), stored.disposition(), stored.notes()));
        desk.assertState("READY", "a3");
    }

    @Test
    void aWrapUpRefusedIsNotStored() {
        desk.ready("a3");
        String call = desk.call("sales");
        desk.does("a3", call, "ANSWER");
        assertEquals(Rule.NO_WRAP_UP_PENDING.name(), desk.act("a3", call, "WRAP_UP",
                Desk.wrapUp("resolved", null)).rule());
        assertEquals(List.of(), desk.store.wrapUps);
    }
}
