package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ServerRefusal;

/** Callbacks: the agent's answer dials the customer; a customer who does not answer sends it back to its queue. */
class CallbackHandlerTest {

    private final Desk desk = new Desk();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theAnswerDialsTheCustomerWhoAnswersOrNot() {
        desk.ready("a3");
        String callback = desk.engine.simulator().injectCallback("sales", "COURTESY", "Maya Lind", "+12015550111",
                "+18005550100");
        assertEquals("OFFERED", desk.engine.interaction("a3", callback).state());
        desk.does("a3", callback, "ANSWER");
        assertEquals("RINGING_CUSTOMER", desk.engine.interaction("a3", callback).state());
        desk.events("a3");

        desk.engine.simulator().callbackMissed(callback);
        assertTrue(desk.notices("a3").stream().anyMatch(n -> callback.equals(n.interactionId())
                && n.message().contains("did not answer the callback")));
        assertEquals("OFFERED", desk.engine.interaction("a3", callback).state(), "back in its queue, offered again");
    }

    @Test
    void cancelIsAnActionOfACallbackOnly() {
        desk.ready("a3");
        String call = desk.call("sales");
        ServerRefusal refusal = assertThrows(ServerRefusal.class, () -> desk.act("a3", call, "CANCEL", null));
        assertEquals(ServerRefusal.Reason.INVALID, refusal.reason());
    }

    @Test
    void aCallbackAnsweredByItsCustomerConnectsTheAgent() {
        desk.ready("a3");
        String callback = desk.engine.simulator().injectCallback("sales", "COURTESY", "Maya Lind", "+12015550111",
                "+18005550100");
        desk.does("a3", callback, "ANSWER");
        desk.engine.simulator().callbackAnswered(callback);
        assertEquals("CONNECTED", desk.engine.interaction("a3", callback).state());
        desk.assertState("BUSY", "a3");
    }
}
