package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.store.InteractionStateChange;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.ManualClock;

/**
 * The whole contact center is stopped (or its process dies) while agents owe wrap-ups, and a new
 * one starts on the same database: the wrap-ups are taken exactly once, and requests repeated after
 * the restart are answered with their first outcome. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class RestartMidWrapUpScenarios {

    private static final ActionParams WRAP_UP = new ActionParams(null, null, null, "resolved", "Refund issued", null);

    private final ManualClock clock = new ManualClock();

    /** An empty database of this test's own. */
    abstract StoreSettings settings();

    private RunningContactCenter start(DatabaseStore store) {
        return ContactCenters.start(ServerConfig.demo(), clock, null, store);
    }

    private static ActionOutcome act(RunningContactCenter center, String agentId, String id, String action,
            String requestId, ActionParams params) {
        return center.submit(agentId, id, new ActionCommand(action, params, requestId));
    }

    private static String answeredCall(RunningContactCenter center) {
        center.login("a1", "a1-demo");
        center.changeState("a1", "READY", null);
        String call = center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of("customerName", "Dana Whitfield"));
        assertNull(act(center, "a1", call, "ANSWER", "answer-1", null).rule());
        return call;
    }

    private static InteractionView only(List<InteractionView> views) {
        assertEquals(1, views.size(), "one interaction: " + views);
        return views.get(0);
    }

    @Test
    void aWrapUpOwedWhenTheServerStoppedIsTakenOnceAfterItStartsAgain() {
        StoreSettings settings = settings();
        String call;
        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            call = answeredCall(center);
            center.simulator().hangUp(call);
            assertTrue(only(center.interactionsOf("a1")).wrapUpOwed());
        }

        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            center.login("a1", "a1-demo");
            AgentView agent = center.agent("a1");
            assertEquals(List.of(call), agent.wrapUps(), "the agent is in wrap-up for the call again");
            InteractionView view = only(center.interactionsOf("a1"));
            assertEquals(call, view.id());
            assertTrue(view.wrapUpOwed());
            assertEquals("Dana Whitfield", view.callerName());

            ActionOutcome repeated = act(center, "a1", call, "ANSWER", "answer-1", null);
            assertEquals("ANSWER", repeated.action());
            assertNull(repeated.rule(), "the first outcome, from the audit log: " + repeated);

            ActionOutcome first = act(center, "a1", call, "WRAP_UP", "wrap-1", WRAP_UP);
            assertNull(first.rule(), first.message());
            assertEquals(first, act(center, "a1", call, "WRAP_UP", "wrap-1", WRAP_UP), "a repeat is answered, not applied");
            assertEquals(List.of(), center.interactionsOf("a1"));
            assertEquals(List.of(), center.agent("a1").wrapUps());
            assertEquals(1, store.wrapUps(call).size());
        }

        // A desktop whose outbox did not hear the outcome sends the wrap-up once more, after another restart.
        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            center.login("a1", "a1-demo");
            assertEquals(List.of(), center.agent("a1").wrapUps(), "nothing owed any more");
            ActionOutcome again = act(center, "a1", call, "WRAP_UP", "wrap-1", WRAP_UP);
            assertNull(again.rule(), "answered with the first outcome: " + again);
            assertEquals("WRAP_UP", again.action());
            assertEquals(call, again.interactionId());
        }
        try (DatabaseStore store = DatabaseStores.open(settings)) {
            assertEquals(1, store.wrapUps(call).size(), "stored exactly once");
            assertEquals("Refund issued", store.wrapUps(call).get(0).notes());
        }
    }

    @Test
    void interactionsLiveAtTheStopEndByTheStopAndTheirAgentsOweTheWrapUp() {
        StoreSettings settings = settings();
        String call;
        String chat;
        String waiting;
        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            // a2 is Ready first, so the longest idle: the chat goes to a2, not to a1 who has the skill too.
            center.login("a2", "a2-demo");
            center.changeState("a2", "READY", null);
            clock.advance(java.time.Duration.ofSeconds(1));
            call = answeredCall(center);
            waiting = center.simulator().injectCall("sales", new Caller("Eli Moss", "+12015550111"), Map.of());
            chat = center.simulator().injectChat("chat-support", new Caller("Fay", null), Map.of());
            assertNull(act(center, "a2", chat, "ACCEPT", "accept-1", null).rule());
        }

        try (DatabaseStore store = DatabaseStores.open(settings)) {
            for (String id : List.of(call, chat, waiting)) {
                List<InteractionStateChange> history = store.history(id);
                assertEquals("ENDED_BY_SERVER_STOP", history.get(history.size() - 1).state(), id + ": " + history);
            }
        }

        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            assertEquals(List.of(), center.queues().stream().filter(q -> q.waiting() > 0).toList(),
                    "the call waiting at the stop is not waiting any more");
            center.login("a1", "a1-demo");
            center.login("a2", "a2-demo");
            assertEquals(call, only(center.interactionsOf("a1")).id());
            InteractionView chatView = only(center.interactionsOf("a2"));
            assertEquals(chat, chatView.id());
            assertTrue(chatView.wrapUpOwed());
            assertEquals("WRAP_UP", center.agent("a1").state());

            assertNull(act(center, "a1", call, "WRAP_UP", "wrap-call", WRAP_UP).rule());
            assertNull(act(center, "a2", chat, "WRAP_UP", "wrap-chat", WRAP_UP).rule());
            assertEquals(List.of(), center.interactionsOf("a1"));
            assertEquals(List.of(), center.interactionsOf("a2"));
            assertEquals(1, store.wrapUps(call).size());
            assertEquals(1, store.wrapUps(chat).size());
            assertEquals(List.of(), store.wrapUps(waiting));
        }

        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            center.login("a1", "a1-demo");
            assertEquals(List.of(), center.interactionsOf("a1"), "a wrap-up taken is not owed again");
        }
    }

    @Test
    void aChatTheAgentEndedBeforeTheStopKeepsItsHistoryAndItsWrapUpIsStillOwed() {
        StoreSettings settings = settings();
        String chat;
        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            center.login("a2", "a2-demo");
            center.changeState("a2", "READY", null);
            chat = center.simulator().injectChat("chat-support", new Caller("Hal", null), Map.of());
            assertNull(act(center, "a2", chat, "ACCEPT", "accept-1", null).rule());
            assertNull(act(center, "a2", chat, "END", "end-1", null).rule());
        }
        try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
            List<InteractionStateChange> history = store.history(chat);
            assertEquals("ENDED", history.get(history.size() - 1).state(), "the agent ended it: " + history);
            center.login("a2", "a2-demo");
            assertTrue(only(center.interactionsOf("a2")).wrapUpOwed());
            assertNull(act(center, "a2", chat, "WRAP_UP", "wrap-1", WRAP_UP).rule());
            assertEquals(1, store.wrapUps(chat).size());
        }
    }

    @Test
    void workLeftOpenByAServerThatDiedIsEndedAndOwedWhenItStartsAgain() {
        StoreSettings settings = settings();
        String call;
        RunningContactCenter died;
        try (DatabaseStore store = DatabaseStores.open(settings)) {
            died = start(store);
            call = answeredCall(died);
            // The process dies: the store has what was written, the contact center never stops.
        }
        try {
            try (DatabaseStore store = DatabaseStores.open(settings); RunningContactCenter center = start(store)) {
                List<InteractionStateChange> history = store.history(call);
                assertEquals("ENDED_BY_SERVER_STOP", history.get(history.size() - 1).state(), history.toString());
                center.login("a1", "a1-demo");
                assertTrue(only(center.interactionsOf("a1")).wrapUpOwed());
                assertNull(act(center, "a1", call, "WRAP_UP", "wrap-1", WRAP_UP).rule());
                assertEquals(1, store.wrapUps(call).size());
            }
        } finally {
            died.close();
        }
    }
}
