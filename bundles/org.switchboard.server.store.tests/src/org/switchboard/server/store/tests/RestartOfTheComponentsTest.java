package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;

/**
 * The packaged server's way of running: the contact center and its store as Declarative Services
 * components on the H2 file of the data folder. A SIGTERM stops the framework, which stops their
 * bundles (the store's first or the contact center's first, as the framework orders them); a killed
 * process stops nothing. Either way a chat and a call live at the stop are owed by their agents after
 * the start, and their wrap-ups (disposition and notes; call data saved during the call) are stored
 * exactly once, a repeat being answered with the first outcome.
 */
class RestartOfTheComponentsTest {

    private static final ActionParams WRAP_UP = new ActionParams(null, null, null, "resolved", "Refund issued", null);

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final Bundle coreBundle = FrameworkUtil.getBundle(ContactCenter.class);
    private final Bundle storeBundle = FrameworkUtil.getBundle(DatabaseStores.class);

    private record Live(String chat, String call) {
    }

    /**
     * Starts from a clean desk: whatever earlier tests left live ends with a restart, and what they left
     * owed is wrapped up, so that a test that failed does not fail the next ones.
     */
    @BeforeEach
    void restartFirst() throws Exception {
        restart(false);
        ContactCenter center = service(ContactCenter.class);
        for (String agentId : List.of("a1", "a2")) {
            center.login(agentId, agentId + "-demo");
            for (String owed : center.agent(agentId).wrapUps()) {
                act(center, agentId, owed, "WRAP_UP", "clean-" + owed, WRAP_UP);
            }
            center.logout(agentId);
        }
    }

    @Test
    void aSigtermStopStoreFirstKeepsTheWrapUpsOwed() throws Exception {
        Live live = liveChatAndCall(service(ContactCenter.class));
        restart(true);
        wrapUpsAreOwedAndTakenOnce(live);
    }

    @Test
    void aSigtermStopContactCenterFirstKeepsTheWrapUpsOwed() throws Exception {
        Live live = liveChatAndCall(service(ContactCenter.class));
        restart(false);
        wrapUpsAreOwedAndTakenOnce(live);
    }

    @Test
    void aProcessThatDiesLeavesTheWrapUpsOwed() throws Exception {
        // A contact center on the store component that never stops: the process is killed.
        RunningContactCenter died = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null,
                service(ServerStore.class));
        try {
            Live live = liveChatAndCall(died);
            restart(false);
            wrapUpsAreOwedAndTakenOnce(live);
        } finally {
            try {
                died.close();
            } catch (RuntimeException storeAlreadyClosed) {
                // its store went with the "killed" process
            }
        }
    }

    /**
     * A call and a chat ended before a kill -9, their agents in wrap-up. The framework may start the
     * contact center before the store (it did in the packaged server); a desktop that reconnects at
     * once logs in and sends the wrap-up typed while the server was down to whatever contact center
     * answers first. It is taken and stored once: never refused as unknown by a contact center that
     * runs without the store and what it restores.
     */
    @Test
    void wrapUpsOfInteractionsEndedBeforeAKillAreTakenWhenTheContactCenterStartsBeforeItsStore()
            throws Exception {
        RunningContactCenter died = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null,
                service(ServerStore.class));
        try {
            Live ended = endedChatAndCall(died);
            stopBundles(false);
            wrapUpsSentAtOnceAreTakenOnce(ended);
        } finally {
            try {
                died.close();
            } catch (RuntimeException storeAlreadyClosed) {
                // its store went with the "killed" process
            }
        }
    }

    /** The same after a SIGTERM, the call and the chat having ended before it. */
    @Test
    void wrapUpsOfInteractionsEndedBeforeASigtermAreTakenWhenTheContactCenterStartsBeforeItsStore()
            throws Exception {
        Live ended = endedChatAndCall(service(ContactCenter.class));
        stopBundles(true);
        wrapUpsSentAtOnceAreTakenOnce(ended);
    }

    /** A method of the store interface the component leaves to its default is a write or a restore lost. */
    @Test
    void theStoreComponentPassesOnEveryMethodOfTheStore() throws Exception {
        Class<?> component = service(ServerStore.class).getClass();
        for (java.lang.reflect.Method m : ServerStore.class.getMethods()) {
            if (!java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                assertEquals(component, component.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass(),
                        m.getName() + " is passed on to the database");
            }
        }
    }

    private static ActionOutcome act(ContactCenter center, String agentId, String id, String action, String requestId,
            ActionParams params) {
        return center.submit(agentId, id, new ActionCommand(action, params, requestId));
    }

    /** a2 accepts a chat, then a1 answers a call and saves a call variable: both live. */
    private static Live liveChatAndCall(ContactCenter center) {
        center.login("a2", "a2-demo");
        center.changeState("a2", "READY", null);
        String chat = center.simulator().injectChat("chat-support", new Caller("Fay Quinn", null), Map.of());
        assertEquals(List.of(chat), List.copyOf(center.agent("a2").offers()));
        assertNull(act(center, "a2", chat, "ACCEPT", "accept-" + chat, null).rule());

        center.login("a1", "a1-demo");
        center.changeState("a1", "READY", null);
        String call = center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of("customerName", "Dana Whitfield", "orderTotal", "129.90"));
        assertEquals(List.of(call), List.copyOf(center.agent("a1").offers()));
        assertNull(act(center, "a1", call, "ANSWER", "answer-" + call, null).rule());
        assertNull(act(center, "a1", call, "EDIT_CAD", "cad-" + call, ActionParams.cadEdit("orderTotal", "150.00", 0))
                .rule());
        return new Live(chat, call);
    }

    /** As {@link #liveChatAndCall}, then a2 ends the chat and a1's customer hangs up: both owe a wrap-up. */
    private static Live endedChatAndCall(ContactCenter center) {
        Live live = liveChatAndCall(center);
        assertNull(act(center, "a2", live.chat(), "END", "end-" + live.chat(), null).rule());
        center.simulator().hangUp(live.call());
        assertEquals(List.of(live.call()), center.agent("a1").wrapUps());
        assertEquals(List.of(live.chat()), center.agent("a2").wrapUps());
        return live;
    }

    /**
     * Starts the contact center's bundle, then the store's. Each agent's desktop logs in and sends its
     * wrap-up to the first contact center that answers; then the wrap-ups are stored exactly once and
     * a repeat, even after one more restart, gets the first outcome.
     */
    private void wrapUpsSentAtOnceAreTakenOnce(Live ended) throws Exception {
        coreBundle.start();
        ContactCenter first = serviceWithin(ContactCenter.class, 2_000);
        Map<String, ActionOutcome> outcomes = new LinkedHashMap<>();
        if (first != null) {
            outcomes.putAll(desktopsSendTheirWrapUps(first, ended));
        }
        storeBundle.start();
        ContactCenter center = service(ContactCenter.class);
        if (first == null) {
            outcomes.putAll(desktopsSendTheirWrapUps(center, ended));
        } else {
            center.login("a1", "a1-demo");
            center.login("a2", "a2-demo");
        }
        assertEquals(List.of(), center.agent("a1").wrapUps(), "the wrap-up sent was taken: nothing owed");
        assertEquals(List.of(), center.agent("a2").wrapUps(), "the wrap-up sent was taken: nothing owed");
        for (Map.Entry<String, ActionOutcome> o : outcomes.entrySet()) {
            String agentId = o.getKey().equals(ended.call()) ? "a1" : "a2";
            assertEquals(o.getValue(), act(center, agentId, o.getKey(), "WRAP_UP", "wrap-" + o.getKey(), WRAP_UP),
                    "a repeat gets the first outcome");
        }

        restart(false);
        center = service(ContactCenter.class);
        center.login("a1", "a1-demo");
        assertEquals(outcomes.get(ended.call()),
                act(center, "a1", ended.call(), "WRAP_UP", "wrap-" + ended.call(), WRAP_UP),
                "after one more restart, a repeat gets the first outcome");

        stopBundles(true);
        try (DatabaseStore store = DatabaseStores.open(StoreSettings.from(context::getProperty))) {
            for (String id : List.of(ended.call(), ended.chat())) {
                assertEquals(1, store.wrapUps(id).size(), id + " stored exactly once");
                assertEquals("resolved", store.wrapUps(id).get(0).disposition());
                assertEquals("Refund issued", store.wrapUps(id).get(0).notes());
            }
        } finally {
            startBundles();
        }
    }

    /** Each agent logs in and sends the wrap-up it owes; each is taken. */
    private static Map<String, ActionOutcome> desktopsSendTheirWrapUps(ContactCenter center, Live ended) {
        Map<String, ActionOutcome> outcomes = new LinkedHashMap<>();
        for (String id : List.of(ended.call(), ended.chat())) {
            String agentId = id.equals(ended.call()) ? "a1" : "a2";
            center.login(agentId, agentId + "-demo");
            ActionOutcome outcome = act(center, agentId, id, "WRAP_UP", "wrap-" + id, WRAP_UP);
            assertNull(outcome.rule(), outcome.message());
            outcomes.put(id, outcome);
        }
        return outcomes;
    }

    private void wrapUpsAreOwedAndTakenOnce(Live live) throws Exception {
        ContactCenter center = service(ContactCenter.class);
        center.login("a1", "a1-demo");
        center.login("a2", "a2-demo");
        assertEquals(List.of(live.call()), center.agent("a1").wrapUps(), "a1 owes the call's wrap-up");
        assertEquals(List.of(live.chat()), center.agent("a2").wrapUps(), "a2 owes the chat's wrap-up");
        InteractionView call = only(center.interactionsOf("a1"));
        assertTrue(call.wrapUpOwed());
        assertEquals("Dana Whitfield", call.callerName());
        assertTrue(only(center.interactionsOf("a2")).wrapUpOwed());

        ActionOutcome callWrapUp = act(center, "a1", live.call(), "WRAP_UP", "wrap-" + live.call(), WRAP_UP);
        assertNull(callWrapUp.rule(), callWrapUp.message());
        assertEquals(callWrapUp, act(center, "a1", live.call(), "WRAP_UP", "wrap-" + live.call(), WRAP_UP));
        ActionOutcome chatWrapUp = act(center, "a2", live.chat(), "WRAP_UP", "wrap-" + live.chat(), WRAP_UP);
        assertNull(chatWrapUp.rule(), chatWrapUp.message());
        assertEquals(List.of(), center.interactionsOf("a1"));
        assertEquals(List.of(), center.interactionsOf("a2"));

        // The desktop did not hear the outcome and sends the wrap-up again after one more restart.
        restart(false);
        center = service(ContactCenter.class);
        center.login("a1", "a1-demo");
        assertEquals(List.of(), center.agent("a1").wrapUps(), "nothing is owed any more");
        ActionOutcome again = act(center, "a1", live.call(), "WRAP_UP", "wrap-" + live.call(), WRAP_UP);
        assertNull(again.rule(), "answered with the first outcome: " + again);

        stopBundles(true);
        try (DatabaseStore store = DatabaseStores.open(StoreSettings.from(context::getProperty))) {
            for (String id : List.of(live.call(), live.chat())) {
                assertEquals(1, store.wrapUps(id).size(), id + " stored exactly once");
                assertEquals("resolved", store.wrapUps(id).get(0).disposition());
                assertEquals("Refund issued", store.wrapUps(id).get(0).notes());
                List<InteractionStateChange> history = store.history(id);
                assertTrue(history.stream().anyMatch(h -> h.state().equals("ENDED_BY_SERVER_STOP")),
                        id + ": " + history);
            }
            assertEquals(List.of("orderTotal=150.00"), store.cadHistory(live.call()).stream()
                    .map(e -> e.name() + "=" + e.value()).toList());
        } finally {
            startBundles();
        }
    }

    private static InteractionView only(List<InteractionView> views) {
        assertEquals(1, views.size(), "one interaction: " + views);
        return views.get(0);
    }

    private void restart(boolean storeFirst) throws BundleException {
        stopBundles(storeFirst);
        startBundles();
    }

    private void stopBundles(boolean storeFirst) throws BundleException {
        if (storeFirst) {
            storeBundle.stop();
            coreBundle.stop();
        } else {
            coreBundle.stop();
            storeBundle.stop();
        }
    }

    private void startBundles() throws BundleException {
        storeBundle.start();
        coreBundle.start();
    }

    /** The service if one is registered within {@code millis}, else null. */
    private <T> T serviceWithin(Class<T> type, long millis) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(millis);
        } finally {
            tracker.close();
        }
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            assertNotNull(service, type.getSimpleName() + " component must be active");
            return service;
        } finally {
            tracker.close();
        }
    }
}
