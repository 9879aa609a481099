package org.switchboard.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.offer.PopoverField;

class CallbackTest {

    private static Callback accepted(CallbackType type, boolean cancelEnabled) {
        Callback cb = new Callback("cb-1", type, DialString.parse("+12015532447"), "8005551234", "Sales",
                cancelEnabled);
        cb.offer("agent-1");
        cb.accept("agent-1");
        return cb;
    }

    @Test
    void callbackIsOfferedAsInboundWithCallbackLabel() {
        Callback cb = new Callback("cb-1", CallbackType.COURTESY, DialString.parse("+12015532447"), "8005551234",
                "Sales", false);
        assertEquals(List.of(new PopoverField("Type", "Callback"), new PopoverField("Phone Number", "+12015532447"),
                new PopoverField("DNIS", "8005551234"), new PopoverField("Queue Name", "Sales")), cb.popover());
        cb.offer("agent-1");
        assertEquals(CallbackState.OFFERED, cb.state());
        cb.accept("agent-1");
        assertEquals(CallbackState.RINGING_CUSTOMER, cb.state());
        cb.customerAnswered();
        assertEquals(CallbackState.CONNECTED, cb.state());
    }

    @Test
    void cancellingBeforeCustomerAnswersGoesToWrapUp() {
        Callback cb = accepted(CallbackType.WEB, true);
        assertTrue(cb.canCancel());
        cb.cancel("agent-1");
        assertEquals(CallbackState.WRAP_UP, cb.state());
        cb.wrapUpDone();
        assertEquals(CallbackState.DONE, cb.state());
    }

    @Test
    void cancelNeedsTheWebCallbackSettingAndAnUnansweredCall() {
        Callback disabled = accepted(CallbackType.WEB, false);
        assertFalse(disabled.canCancel());
        assertEquals(Rule.CALLBACK_CANCEL_NOT_ENABLED,
                assertThrows(ActionRefusedException.class, () -> disabled.cancel("agent-1")).rule());
        Callback courtesy = accepted(CallbackType.COURTESY, true);
        assertEquals(Rule.CALLBACK_CANCEL_NOT_ENABLED,
                assertThrows(ActionRefusedException.class, () -> courtesy.cancel("agent-1")).rule());
        Callback answered = accepted(CallbackType.WEB, true);
        answered.customerAnswered();
        assertEquals(Rule.CALLBACK_ALREADY_ANSWERED,
                assertThrows(ActionRefusedException.class, () -> answered.cancel("agent-1")).rule());
        assertEquals(CallbackState.CONNECTED, answered.state());
    }

    @Test
    void callbackNotAnsweredByCustomerReturnsToQueue() {
        Callback cb = accepted(CallbackType.WEB, true);
        cb.customerDidNotAnswer();
        assertEquals(CallbackState.QUEUED, cb.state());
        cb.offer("agent-2");
        assertEquals("agent-2", cb.agentId().orElseThrow());
    }
}
