package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.store.AuditEntry;

/**
 * Secure call data reveal: "Click to try again" gets a secure variable's value for the agent on the
 * call only; each reveal is audited by the variable's name, and the value is in no event and no
 * audit entry.
 */
class SecureRevealTest {

    private static final String ACCOUNT = "DE89370400440532013000";

    private final Desk desk = new Desk();

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aSecureValueIsRevealedToTheAgentOnTheCallOnlyAndAuditedWithoutIt() {
        desk.ready("a1");
        String call = desk.engine.simulator().injectCall("sales", new Caller("Hana Ruiz", "+12015550144"),
                Map.of("customerName", "Hana Ruiz", "accountNumber", ACCOUNT));
        ActionRefusedException ringing = assertThrows(ActionRefusedException.class,
                () -> desk.engine.revealSecureValue("a1", call, "accountNumber"));
        assertEquals(Rule.NOT_CONNECTED, ringing.rule(), "not while the call only rings");

        desk.does("a1", call, "ANSWER");
        assertEquals(ACCOUNT, desk.engine.revealSecureValue("a1", call, "accountNumber"));
        desk.ready("a3");
        assertThrows(ServerRefusal.class, () -> desk.engine.revealSecureValue("a3", call, "accountNumber"),
                "an agent not on the call is not given it");
        ServerRefusal plain = assertThrows(ServerRefusal.class,
                () -> desk.engine.revealSecureValue("a1", call, "customerName"));
        assertEquals(ServerRefusal.Reason.INVALID, plain.reason(), "only secure variables are revealed");

        List<AuditEntry> reveals = desk.store.audit.stream().filter(a -> "REVEAL_CAD".equals(a.action())).toList();
        assertEquals(4, reveals.size(), reveals.toString());
        assertEquals(1, reveals.stream().filter(a -> AuditEntry.COMPLETED.equals(a.outcome())).count());
        assertTrue(reveals.stream().allMatch(a -> a.toString().contains("accountNumber") || a.toString().contains("customerName")));
        assertFalse(desk.store.audit.toString().contains(ACCOUNT), "the value is in no audit entry");
        assertFalse(desk.events("a1").toString().contains(ACCOUNT), "nor in any event");
    }
}
