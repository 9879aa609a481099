package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.store.AgentStateChange;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.StoredCad;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.core.store.StoredWrapUp;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.ManualClock;

/**
 * One call handled from login to wrap-up against a store, the store stopped and opened again, and
 * everything read back: the same scenario on every database the store supports.
 */
final class RestartScenario {

    static final String SECRET = "DE-4471-9921-SECRET";
    /** A secure value an agent enters during the call. */
    static final String SECRET_CODE = "VC-7731-SECRET";

    private RestartScenario() {
    }

    private static void act(RunningContactCenter center, String interactionId, String action, String requestId,
            ActionParams params) {
        center.submit("a1", interactionId, new ActionCommand(action, params, requestId));
    }

    /** A call handled from login to wrap-up, with a refusal and a wrong password on the way; returns its id. */
    static String handleOneCall(RunningContactCenter center) {
        assertThrows(ServerRefusal.class, () -> center.login("a1", "wrong"));
        center.login("a1", "a1-demo");
        center.changeState("a1", "READY", null);
        String id = center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of("customerName", "Dana Whitfield", "accountNumber", SECRET, "orderTotal", "129.90"));
        act(center, id, "ANSWER", "r1", null);
        act(center, id, "EDIT_CAD", "e1", ActionParams.cadEdit("verificationCode", SECRET_CODE, 0));
        act(center, id, "EDIT_CAD", "e2", ActionParams.cadEdit("orderTotal", "150.00", 0));
        act(center, id, "EDIT_CAD", "e3", ActionParams.cadEdit("orderTotal", "99", 0));
        act(center, id, "HOLD", "r2", null);
        act(center, id, "RELEASE", "r3", null);
        act(center, id, "RESUME", "r4", null);
        act(center, id, "RELEASE", "r5", null);
        act(center, id, "WRAP_UP", "r6",
                new ActionParams(null, null, null, "resolved", "Refund promised within 5 days.", null));
        assertThrows(ServerRefusal.class, () -> center.submit("a1", "i-999",
                new ActionCommand("ANSWER", null, "r7")));
        center.changeState("a1", "NOT_READY", "lunch");
        return id;
    }

    /** Runs the scenario on an empty database; {@code afterStop} checks what the first run left behind. */
    static void handleThenRestart(StoreSettings settings, ManualClock clock, Runnable afterStop) {
        String id;
        try (DatabaseStore store = DatabaseStores.open(settings);
                RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), clock, null, store)) {
            id = handleOneCall(center);
        }
        afterStop.run();

        try (DatabaseStore store = DatabaseStores.open(settings)) {
            StoredInteraction call = store.interaction(id).orElseThrow();
            assertEquals("VOICE", call.channel());
            assertEquals("sales", call.queueId());
            assertEquals("Dana Whitfield", call.callerName());
            assertEquals("+12015550188", call.callerNumber());
            assertTrue(call.cad().contains(new StoredCad("accountNumber", SECRET, true)), call.cad().toString());
            assertTrue(call.cad().contains(new StoredCad("orderTotal", "129.90", false)), call.cad().toString());

            assertEquals(List.of(
                    "a1 verificationCode=" + SECRET_CODE + " v1 secure",
                    "a1 orderTotal=150.00 v1"),
                    store.cadHistory(id).stream().map(e -> e.agentId() + " " + e.name() + "=" + e.value() + " v"
                            + e.version() + (e.secure() ? " secure" : "")).toList(),
                    "saved edits are kept, the one that lost to an earlier save is not");
            assertTrue(store.cadHistory(id).stream().allMatch(e -> clock.instant().equals(e.at())));

            assertEquals(List.of("QUEUED", "OFFERED", "CONNECTED", "ENDED"),
                    store.history(id).stream().map(InteractionStateChange::state).toList());

            List<StoredWrapUp> wrapUps = store.wrapUps(id);
            assertEquals(1, wrapUps.size());
            assertEquals("a1", wrapUps.get(0).agentId());
            assertEquals("resolved", wrapUps.get(0).disposition());
            assertEquals("Refund promised within 5 days.", wrapUps.get(0).notes());

            List<String> states = store.agentStates("a1").stream()
                    .map(s -> s.reasonCode() == null ? s.state() : s.state() + ":" + s.reasonCode()).toList();
            assertEquals("READY", states.get(1), states.toString());
            assertTrue(states.contains("WRAP_UP"), states.toString());
            assertEquals("NOT_READY:lunch", states.get(states.size() - 1), states.toString());
            assertTrue(store.agentStates("a1").stream().map(AgentStateChange::at).allMatch(clock.instant()::equals));

            List<AuditEntry> audit = store.audit();
            List<String> lines = audit.stream().map(a -> a.agentId() + " " + a.action() + " " + a.subject() + " "
                    + a.requestId() + " " + a.outcome() + " " + a.rule()).toList();
            assertEquals(List.of(
                    "a1 LOGIN null null UNAUTHORIZED null",
                    "a1 LOGIN null null COMPLETED null",
                    "a1 STATE READY null COMPLETED null",
                    "a1 ANSWER " + id + " r1 COMPLETED null",
                    "a1 EDIT_CAD " + id + " e1 COMPLETED null",
                    "a1 EDIT_CAD " + id + " e2 COMPLETED null",
                    "a1 EDIT_CAD " + id + " e3 REFUSED CAD_EDIT_CONFLICT",
                    "a1 HOLD " + id + " r2 COMPLETED null",
                    "a1 RELEASE " + id + " r3 REFUSED RELEASE_WHILE_ON_HOLD",
                    "a1 RESUME " + id + " r4 COMPLETED null",
                    "a1 RELEASE " + id + " r5 COMPLETED null",
                    "a1 WRAP_UP " + id + " r6 COMPLETED null",
                    "a1 ANSWER i-999 r7 NOT_FOUND null",
                    "a1 STATE NOT_READY:lunch null COMPLETED null"), lines);
            assertTrue(audit.stream().allMatch(a -> clock.instant().equals(a.at())));

            try (RunningContactCenter again = ContactCenters.start(ServerConfig.demo(), clock, null, store)) {
                String next = again.simulator().injectCall("sales", null, null);
                assertFalse(next.equals(id), "interaction ids continue after a restart");
                assertEquals("QUEUED", store.history(next).get(0).state());
            }
        }
    }

}
