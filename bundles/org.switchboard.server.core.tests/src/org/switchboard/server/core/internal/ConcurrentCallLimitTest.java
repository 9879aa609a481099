package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.NoticeRules;
import org.switchboard.server.core.ServerConfig;

/**
 * The concurrent-call limit: when the contact center reaches its limit of concurrent calls, no more
 * are offered (or placed) and every agent is told why; once a call ends, waiting calls are offered.
 */
class ConcurrentCallLimitTest {

    private final Desk desk = new Desk(ServerConfig.demo().withOfferTimeout(Duration.ofMinutes(5))
            .withOffers(new ServerConfig.Offers(Duration.ofSeconds(60), 1)));

    @AfterEach
    void close() {
        desk.close();
    }

    private static boolean told(List<Notice> notices, String rule) {
        return notices.stream().anyMatch(n -> n.interactionId() == null && rule.equals(n.rule()));
    }

    @Test
    void atTheLimitNoMoreCallsAreOfferedOrPlacedAndTheReasonIsShownToAgents() {
        desk.ready("a1");
        desk.ready("a3");
        String first = desk.call("sales");
        String agent = desk.offeredTo(first, "a1", "a3");
        String other = agent.equals("a1") ? "a3" : "a1";
        desk.does(agent, first, "ANSWER");

        String second = desk.call("sales");
        assertFalse(desk.offered(other, second), "at the limit of one call the Ready agent is not offered the second");
        List<Notice> toOther = desk.notices(other);
        assertTrue(told(toOther, NoticeRules.CALL_LIMIT_REACHED), toOther.toString());
        assertEquals("The contact center is at its limit of 1 concurrent call: calls wait in their queues, and none"
                + " can be placed, until one ends.", toOther.stream()
                        .filter(n -> NoticeRules.CALL_LIMIT_REACHED.equals(n.rule())).findFirst().orElseThrow().message());
        assertTrue(told(desk.notices(agent), NoticeRules.CALL_LIMIT_REACHED));
        ActionRefusedException placing = assertThrows(ActionRefusedException.class,
                () -> desk.engine.placeCall(other, "NUMBER", "+12015550100"));
        assertEquals(Rule.CALL_LIMIT_REACHED, placing.rule());

        desk.ready("a2");
        String chat = desk.engine.simulator().injectChat("chat-support", new Caller("Ines Duarte", null), Map.of());
        assertTrue(desk.offered("a1", chat) || desk.offered("a2", chat) || desk.offered("a3", chat), "chats are not calls");

        desk.engine.tick();
        assertFalse(told(desk.notices(other), NoticeRules.CALL_LIMIT_REACHED), "told once, not at every tick");

        desk.does(agent, first, "RELEASE");
        assertTrue(desk.offered(other, second), "the first call ended: the waiting call is offered");
        assertTrue(told(desk.notices(other), NoticeRules.CALL_LIMIT_CLEARED));
    }

    @Test
    void withoutALimitEveryCallIsOffered() {
        Desk unlimited = new Desk();
        try {
            unlimited.ready("a1");
            unlimited.ready("a3");
            String first = unlimited.call("sales");
            String second = unlimited.call("sales");
            assertTrue(unlimited.engine.agent("a1").offers().size() + unlimited.engine.agent("a3").offers().size() == 2,
                    first + " and " + second + " are both offered");
        } finally {
            unlimited.close();
        }
    }
}
