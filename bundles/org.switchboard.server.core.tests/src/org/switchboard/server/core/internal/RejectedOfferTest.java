package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.NoticeRules;
import org.switchboard.server.core.ServerConfig;

/**
 * Reject: a rejected call or chat goes to another agent who can take it; the agent who rejected it is
 * not offered it again for the administrator's interval, and then may be.
 */
class RejectedOfferTest {

    private static final Duration AGAIN = Duration.ofSeconds(30);

    private final Desk desk = new Desk(ServerConfig.demo().withOfferTimeout(Duration.ofMinutes(5))
            .withOffers(new ServerConfig.Offers(AGAIN, 0)));

    @AfterEach
    void close() {
        desk.close();
    }

    private void after(Duration d) {
        desk.clock.advance(d);
        desk.engine.tick();
    }

    @Test
    void rejectedCallGoesToAnotherAgentAndBackToTheAgentWhoRejectedItOnlyAfterTheInterval() {
        desk.ready("a1");
        desk.ready("a3");
        String call = desk.call("sales");
        String first = desk.offeredTo(call, "a1", "a3");
        String other = first.equals("a1") ? "a3" : "a1";
        assertTrue(desk.offered(first, call));

        desk.does(first, call, "REJECT");
        assertTrue(desk.offered(other, call), "the other agent with the skill is offered it at once");
        assertFalse(desk.offered(first, call));
        desk.assertState("READY", first);

        after(Duration.ofSeconds(10));
        desk.does(other, call, "REJECT");
        List<Notice> told = desk.notices(other);
        assertTrue(told.stream().anyMatch(n -> NoticeRules.OFFER_DECLINED.equals(n.rule()) && n.message()
                .equals("You declined the call; it waits in its queue for another agent, and may be offered to you"
                        + " again after 30 s.")), told.toString());
        assertFalse(desk.offered(first, call), "not back to the first agent before its interval is over");

        after(AGAIN.minusSeconds(10).minusMillis(1));
        assertFalse(desk.offered(first, call));
        assertFalse(desk.offered(other, call));
        after(Duration.ofMillis(1));
        assertTrue(desk.offered(first, call), "the first agent's interval is over: it may be offered the call again");
        assertFalse(desk.offered(other, call));
    }

    @Test
    void rejectedChatWaitsForTheIntervalWhenNobodyElseCanTakeIt() {
        desk.ready("a2");
        String chat = desk.engine.simulator().injectChat("chat-support", new Caller("Ines Duarte", null), Map.of());
        assertTrue(desk.offered("a2", chat));

        desk.does("a2", chat, "REJECT");
        assertFalse(desk.offered("a2", chat));
        assertEquals(List.of(), desk.engine.agent("a2").interactions());
        after(AGAIN.minusMillis(1));
        assertFalse(desk.offered("a2", chat), "not offered again within the interval, though nobody else can take it");
        after(Duration.ofMillis(1));
        assertTrue(desk.offered("a2", chat));
    }
}
