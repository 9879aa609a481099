package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredWrapUp;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.ManualClock;

/**
 * A call or chat ends (its customer or its agent ends it) and its agent is in wrap-up; then the
 * server stops, cleanly or killed (kill -9: the contact center never stops, the store keeps what
 * reached the database, and what it still had queued is lost). The agent types the wrap-up while
 * the server is down; the desktop sends it from its outbox once the server is back on the same
 * database and the agent logged in again. The wrap-up is taken and stored exactly once with its
 * disposition and notes, a repeat is answered with the first outcome, also after one more restart.
 */
abstract class RestartAfterTheEndScenarios {

    private static final ActionParams WRAP_UP =
            new ActionParams(null, null, null, "resolved", "Typed while the server was down", null);

    private enum Channel {
        CALL, CHAT
    }

    private enum Ending {
        BY_CUSTOMER, BY_AGENT
    }

    private enum Stop {
        /** A SIGTERM: the contact center and then its store stop. */
        ORDERLY,
        /** kill -9 a while after the end: what the end wrote reached the database. */
        KILLED,
        /** kill -9 right after the end: what the end wrote was still queued, and is lost. */
        KILLED_WITH_WRITES_QUEUED
    }

    private final ManualClock clock = new ManualClock();

    /** An empty database of this test's own. */
    abstract StoreSettings settings();

    @Test
    void aCallItsCustomerEndedBeforeAKillIsWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CALL, Ending.BY_CUSTOMER, Stop.KILLED);
    }

    @Test
    void aCallItsAgentEndedBeforeAKillIsWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CALL, Ending.BY_AGENT, Stop.KILLED);
    }

    @Test
    void aChatItsAgentEndedBeforeAKillIsWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CHAT, Ending.BY_AGENT, Stop.KILLED);
    }

    @Test
    void aChatItsCustomerLeftBeforeAKillIsWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CHAT, Ending.BY_CUSTOMER, Stop.KILLED);
    }

    @Test
    void aCallItsAgentEndedBeforeAnOrderlyStopIsWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CALL, Ending.BY_AGENT, Stop.ORDERLY);
    }

    @Test
    void aChatItsCustomerLeftBeforeAnOrderlyStopIsWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CHAT, Ending.BY_CUSTOMER, Stop.ORDERLY);
    }

    @Test
    void aCallEndedJustBeforeAKillIsStillWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CALL, Ending.BY_CUSTOMER, Stop.KILLED_WITH_WRITES_QUEUED);
    }

    @Test
    void aChatEndedJustBeforeAKillIsStillWrappedUpOnce() {
        wrapUpOwedAcrossTheStop(Channel.CHAT, Ending.BY_AGENT, Stop.KILLED_WITH_WRITES_QUEUED);
    }

    private void wrapUpOwedAcrossTheStop(Channel channel, Ending ending, Stop stop) {
        StoreSettings settings = settings();
        String agent = channel == Channel.CALL ? "a1" : "a2";
        String id;
        RunningContactCenter killed = null;
        try {
            try (DatabaseStore database = DatabaseStores.open(settings)) {
                KilledProcessStore process = new KilledProcessStore(database);
                RunningContactCenter center = start(process);
                id = taken(center, channel, agent);
                clock.advance(Duration.ofSeconds(30));
                if (stop == Stop.KILLED_WITH_WRITES_QUEUED) {
                    process.queueWrites();
                }
                end(center, id, agent, ending);
                center.tick();
                assertEquals(List.of(id), center.agent(agent).wrapUps(), agent + " is in wrap-up before the stop");
                if (stop == Stop.ORDERLY) {
                    center.close();
                } else {
                    killed = center;
                    process.kill();
                }
            }

            String what = channel + " ended " + ending + ", then " + stop;
            clock.advance(Duration.ofSeconds(20));
            ActionOutcome first;
            try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
                // The restarted server ticks before and after the desktop logs in again.
                center.tick();
                clock.advance(Duration.ofSeconds(2));
                center.tick();
                center.login(agent, agent + "-demo");
                center.tick();
                assertEquals(List.of(id), center.agent(agent).wrapUps(), what + ": owed after the restart");
                assertEquals("WRAP_UP", center.agent(agent).state(), what);
                InteractionView view = only(center.interactionsOf(agent));
                assertEquals(id, view.id(), what);
                assertTrue(view.wrapUpOwed(), what);
                clock.advance(Duration.ofSeconds(3));
                center.tick();

                first = act(center, agent, id, "WRAP_UP", "wrap-" + id);
                assertNull(first.rule(), what + ": " + first.message());
                assertEquals(first, act(center, agent, id, "WRAP_UP", "wrap-" + id), what + ": a repeat is answered");
                center.tick();
                assertEquals(List.of(), center.agent(agent).wrapUps(), what);
                assertEquals(List.of(), center.interactionsOf(agent), what);
                assertEquals(1, store.wrapUps(id).size(), what);
            }

            // The outbox did not hear the outcome and sends the wrap-up again after one more restart.
            try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
                center.tick();
                center.login(agent, agent + "-demo");
                assertEquals(List.of(), center.agent(agent).wrapUps(), what + ": nothing owed any more");
                assertEquals(first, act(center, agent, id, "WRAP_UP", "wrap-" + id), what + ": the first outcome");
            }
            try (DatabaseStore store = DatabaseStores.open(settings)) {
                List<StoredWrapUp> wrapUps = store.wrapUps(id);
                assertEquals(1, wrapUps.size(), what + ": stored exactly once: " + wrapUps);
                assertEquals(agent, wrapUps.get(0).agentId(), what);
                assertEquals("resolved", wrapUps.get(0).disposition(), what);
                assertEquals("Typed while the server was down", wrapUps.get(0).notes(), what);
            }
        } finally {
            if (killed != null) {
                killed.close();
            }
        }
    }

    private RunningContactCenter start(ServerStore store) {
        return ContactCenters.start(ServerConfig.demo(), clock, null, store);
    }

    /** The agent takes a call (a1, sales) or a chat (a2, chat support). */
    private static String taken(RunningContactCenter center, Channel channel, String agent) {
        center.login(agent, agent + "-demo");
        center.changeState(agent, "READY", null);
        String id = channel == Channel.CALL
                ? center.simulator().injectCall("sales", new Caller("Maya Lind", "+12015550111"),
                        Map.of("customerName", "Maya Lind"))
                : center.simulator().injectChat("chat-support", new Caller("Ines Duarte", null), Map.of());
        assertEquals(List.of(id), List.copyOf(center.agent(agent).offers()));
        ActionOutcome taken = act(center, agent, id, channel == Channel.CALL ? "ANSWER" : "ACCEPT", "take-" + id);
        assertNull(taken.rule(), taken.message());
        return id;
    }

    private static void end(RunningContactCenter center, String id, String agent, Ending ending) {
        if (ending == Ending.BY_CUSTOMER) {
            center.simulator().hangUp(id);
            return;
        }
        String action = agent.equals("a1") ? "RELEASE" : "END";
        ActionOutcome ended = act(center, agent, id, action, "end-" + id);
        assertNull(ended.rule(), ended.message());
    }

    private static ActionOutcome act(RunningContactCenter center, String agentId, String id, String action,
            String requestId) {
        return center.submit(agentId, id,
                new ActionCommand(action, "WRAP_UP".equals(action) ? WRAP_UP : null, requestId));
    }

    private static InteractionView only(List<InteractionView> views) {
        assertEquals(1, views.size(), "one interaction: " + views);
        return views.get(0);
    }
}
