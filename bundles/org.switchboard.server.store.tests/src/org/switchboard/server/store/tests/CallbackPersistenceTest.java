package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.ManualClock;

/** Callbacks are kept like calls: as they arrived (type, number, DNIS), every state, the wrap-up, the audit. */
class CallbackPersistenceTest {

    @TempDir
    Path data;

    private final ManualClock clock = new ManualClock();

    @Test
    void aMissedThenCancelledWebCallbackIsKeptAcrossARestart() {
        StoreSettings settings = StoreSettings.h2(data);
        try (DatabaseStore store = DatabaseStores.open(settings);
                RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), clock, null, store)) {
            center.login("a1", "a1-demo");
            center.changeState("a1", "READY", null);
            String id = center.simulator().injectCallback("sales", "WEB", "Iris Novak", "+1 201 555 0177",
                    "+18005550100");
            center.simulator().injectCall("support", null, null);
            act(center, id, "ANSWER", "r1", null);
            center.simulator().callbackMissed(id);
            act(center, id, "ANSWER", "r2", null);
            act(center, id, "CANCEL", "r3", null);
            ServerRefusal late = assertThrows(ServerRefusal.class, () -> center.simulator().callbackAnswered(id));
            assertEquals(ServerRefusal.Reason.CONFLICT, late.reason());
        }
        try (DatabaseStore store = DatabaseStores.open(settings)) {
            List<AuditEntry> audit = store.audit();
            String cb = audit.stream().filter(a -> a.action().equals("CANCEL")).findFirst().orElseThrow().subject();
            StoredInteraction stored = store.interaction(cb).orElseThrow();
            assertEquals("VOICE", stored.channel());
            assertEquals("WEB", stored.callbackType());
            assertEquals("+18005550100", stored.dnis());
            assertEquals("+12015550177", stored.callerNumber(), "the number as dialled");
            assertEquals("Iris Novak", stored.callerName());
            assertEquals(List.of("QUEUED", "OFFERED", "RINGING_CUSTOMER", "QUEUED", "OFFERED", "RINGING_CUSTOMER",
                    "ENDED"), store.history(cb).stream().map(InteractionStateChange::state).toList());
            String customer = stored.customerId();
            assertEquals(List.of(
                    "a1 ANSWER r1 COMPLETED null",
                    customer + " CALLBACK_MISSED null COMPLETED null",
                    "a1 ANSWER r2 COMPLETED null",
                    "a1 CANCEL r3 COMPLETED null",
                    customer + " CALLBACK_ANSWERED null REFUSED NOT_ALLOWED_IN_STATE"),
                    audit.stream().filter(a -> cb.equals(a.subject()))
                            .map(a -> a.agentId() + " " + a.action() + " " + a.requestId() + " " + a.outcome() + " "
                                    + a.rule()).toList());
            String other = "i-" + (Long.parseLong(cb.substring(2)) + 1);
            assertNull(store.interaction(other).orElseThrow().callbackType(), "a call is not a callback");
        }
    }

    private static void act(RunningContactCenter center, String id, String action, String requestId,
            ActionParams params) {
        assertEquals(null, center.submit("a1", id, new ActionCommand(action, params, requestId)).rule(), action);
    }
}
