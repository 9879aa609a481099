package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.ChatService;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.connector.ConnectorEvent.ConnectionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionEnded;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.OutboxChanged;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.FailoverControl;
import org.switchboard.connector.OutboxItem;
import org.switchboard.connector.OutboxStatus;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.store.LocalStore;
import org.switchboard.store.StoreFactory;
import org.switchboard.testing.Await;

/**
 * The REST connector against the reference server, both on loopback in the OSGi runtime: server
 * restarts, events missed while disconnected, a desktop restart with a full outbox, failover.
 */
class ConnectorAgainstServerTest {

    private static final Duration WAIT = EventLog.WAIT;

    @TempDir
    Path data;

    @RegisterExtension
    final ConnectorSessions sessions = new ConnectorSessions();

    private ServerUnderTest server() {
        return sessions.closeAfter(new ServerUnderTest());
    }

    private ConnectorSession open(ConnectionSettings settings, EventLog log) {
        return sessions.open(settings, log);
    }

    private ConnectionSettings settings(ServerUnderTest server, String agentId) {
        return ConnectionSettings.of(server.baseUri(), agentId, (agentId + "-demo").toCharArray(), data);
    }

    private static <T> T adapt(ConnectorSession s, Class<T> type) {
        return s.adapt(type).orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    private static <T> T done(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void eventually(String what, BooleanSupplier condition) {
        Await.until(what, WAIT, condition);
    }

    /** Logs in, goes Ready and answers a call that the customer then ends: a wrap-up is owed. */
    private String callAwaitingWrapUp(ServerUnderTest server, ConnectorSession session, EventLog log) throws Exception {
        log.await(StateReconciled.class, r -> true);
        done(adapt(session, AgentStateService.class).changeState(AgentState.READY, null));
        String call = server.center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"), Map.of());
        log.await(InteractionOffered.class, o -> o.interaction().id().equals(call));
        done(adapt(session, TelephonyService.class).perform(call, CallAction.ANSWER));
        server.center.simulator().hangUp(call);
        log.await(InteractionChanged.class, c -> c.interaction().id().equals(call) && c.interaction().wrapUpOwed());
        return call;
    }

    /**
     * The whole server (REST endpoint, contact center, store) stops while the agent is in wrap-up; the
     * agent submits the wrap-up meanwhile (it waits in the outbox); a new server process starts on the
     * same H2 file and port. The desktop logs in again, the server has restored the wrap-up owed, and
     * the wrap-up is applied and stored exactly once.
     */
    @Test
    void wrapUpEnteredWhileTheServerIsDownArrivesExactlyOnceAfterItRestarts() throws Exception {
        ServerUnderTest server = ServerUnderTest.onFile(java.nio.file.Files.createDirectories(data.resolve("server")));
        sessions.closeAfter(server);
        EventLog log = new EventLog();
        ConnectorSession session = open(settings(server, "a1"), log);
        String call = callAwaitingWrapUp(server, session, log);

        server.stopProcess();
        log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);

        var wrapUp = adapt(session, TelephonyService.class).wrapUp(call, "resolved", "Refund issued");
        OutboxChanged stored = log.await(OutboxChanged.class, o -> o.pending() == 1);
        OutboxStatus outbox = adapt(session, OutboxStatus.class);
        assertEquals(1, outbox.pendingCount());
        OutboxItem pending = outbox.items().get(0);
        assertEquals(call, pending.interactionId());
        assertEquals("wrapup", pending.kind());
        assertEquals(OutboxItem.State.PENDING, pending.state());

        server.startProcess();
        ActionCompleted completed;
        try {
            completed = done(wrapUp);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no outcome; outbox " + outbox.items() + ", " + session.state() + ", events "
                    + log.names(), e);
        }
        assertEquals(pending.requestId(), completed.requestId());
        log.await(InteractionEnded.class, e -> e.interactionId().equals(call));
        log.awaitAfter(stored, OutboxChanged.class, o -> o.pending() == 0);
        eventually("connected again", () -> session.state() == ConnectionState.CONNECTED);

        assertEquals(1, server.wrapUpsOf(call), "the server saved the wrap-up once");
        assertEquals("Refund issued", server.database().wrapUps(call).get(0).notes());
        assertEquals(1, log.all(ActionCompleted.class).stream().filter(a -> a.requestId().equals(completed.requestId()))
                .count(), "listeners hear of it once");
        assertEquals(0, outbox.pendingCount());
        assertEquals(List.of(), server.center.interactionsOf("a1"), "nothing is owed on the restarted server");
        assertEquals(List.of(ConnectorSessions.UI_THREAD), log.threads.stream().distinct().toList());
    }

    @Test
    void eventsPublishedWhileDisconnectedArriveInOrderWithoutDuplicates() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(settings(server, "a1"), log);
        log.await(StateReconciled.class, r -> true);
        done(adapt(session, AgentStateService.class).changeState(AgentState.READY, null));
        String call = server.center.simulator().injectCall("sales", new Caller("Eli Moss", "+12015550111"), Map.of());
        log.await(InteractionOffered.class, o -> o.interaction().id().equals(call));
        done(adapt(session, TelephonyService.class).perform(call, CallAction.ANSWER));

        server.stop();
        log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (String action : List.of("HOLD", "RESUME")) {
                String requestId = action + "-" + i;
                server.center.submit("a1", call, new ActionCommand(action, ActionParams.none(), requestId));
                published.add(requestId);
            }
        }
        server.start();
        log.await(ActionCompleted.class, a -> a.requestId().equals("RESUME-4"));

        List<String> received = log.all(ActionCompleted.class).stream().map(ActionCompleted::requestId)
                .filter(published::contains).toList();
        assertEquals(published, received, "every missed outcome once, in publication order");
        assertEquals(1, log.all(StateReconciled.class).size(), "resumed from Last-Event-ID, not from a snapshot");
        long held = log.all(InteractionChanged.class).stream().filter(c -> c.interaction().id().equals(call)).count();
        assertTrue(held >= 10, "the call's changes while disconnected arrive too: " + held);
        assertEquals(ConnectionState.CONNECTED, session.state());
    }

    @Test
    void outboxEntriesOfAStoppedDesktopAreSentWhenItStartsAgain() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(settings(server, "a2"), log);
        log.await(StateReconciled.class, r -> true);
        done(adapt(session, AgentStateService.class).changeState(AgentState.READY, null));
        ChatService chat = adapt(session, ChatService.class);
        List<String> chats = new ArrayList<>();
        for (String customer : List.of("Fay", "Gus")) {
            String id = server.center.simulator().injectChat("chat-support", new Caller(customer, null), Map.of());
            log.await(InteractionOffered.class, o -> o.interaction().id().equals(id));
            done(chat.accept(id));
            chats.add(id);
        }
        for (String id : chats) {
            done(chat.end(id));
        }

        server.stop();
        log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
        chat.wrapUp(chats.get(0), "resolved", "Order tracked");
        chat.wrapUp(chats.get(1), "resolved", null);
        OutboxChanged stored = log.await(OutboxChanged.class, o -> o.pending() == 2);
        List<String> requestIds = adapt(session, OutboxStatus.class).items().stream().map(OutboxItem::requestId).toList();
        session.close();

        try (LocalStore store = new StoreFactory().open(data)) {
            assertEquals(2, store.outbox().countPending(), "both entries are in the H2 file");
        }
        assertEquals(0, server.store.wrapUps.size());

        server.start();
        EventLog after = new EventLog();
        ConnectorSession restarted = open(settings(server, "a2"), after);
        for (String requestId : requestIds) {
            after.await(ActionCompleted.class, a -> a.requestId().equals(requestId));
        }
        after.await(OutboxChanged.class, o -> o.pending() == 2);
        after.await(OutboxChanged.class, o -> o.pending() == 0);
        assertTrue(stored.items().stream().allMatch(i -> i.state() == OutboxItem.State.PENDING));
        assertEquals(1, server.store.wrapUpsOf(chats.get(0)));
        assertEquals(1, server.store.wrapUpsOf(chats.get(1)));
        eventually("both chats leave the desk", () -> adapt(restarted, TelephonyService.class).interactions().isEmpty());
        assertEquals(0, adapt(restarted, OutboxStatus.class).pendingCount());
    }

    @Test
    void failsOverToTheSecondaryAndBackWhenTold() throws Exception {
        ServerUnderTest primary = server();
        ServerUnderTest secondary = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(settings(primary, "a1").withSecondary(secondary.baseUri()), log);
        FailoverControl failover = adapt(session, FailoverControl.class);
        log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.CONNECTED);
        assertEquals(ServerRole.PRIMARY, failover.current());
        assertEquals("LOGGED_OUT", secondary.center.agent("a1").availability());

        primary.stop();
        ConnectionChanged moved = log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.FAILED_OVER);
        assertEquals(ServerRole.SECONDARY, moved.server());
        assertEquals(ServerRole.SECONDARY, failover.current());
        assertEquals(ConnectionState.FAILED_OVER, session.state());
        eventually("the secondary's snapshot replaces the desk", () -> log.all(StateReconciled.class).size() == 2);

        done(adapt(session, AgentStateService.class).changeState(AgentState.READY, null));
        assertEquals("READY", secondary.center.agent("a1").state());
        log.await(ConnectorEvent.AgentStateChanged.class, a -> a.status().state() == AgentState.READY);

        primary.start();
        assertEquals(ServerRole.PRIMARY, done(failover.switchTo(ServerRole.PRIMARY)));
        assertEquals(ConnectionState.CONNECTED, session.state());
        eventually("the secondary session ends", () -> "LOGGED_OUT".equals(secondary.center.agent("a1").availability()));
        eventually("back on the primary, its snapshot replaces the desk",
                () -> log.all(StateReconciled.class).size() == 3);
        assertEquals(AgentState.NOT_READY, adapt(session, AgentStateService.class).current().state(),
                "the desk shows the primary's agent again");
        assertEquals(ServerRole.PRIMARY, failover.current());
    }

    @Test
    void theComponentIsRegisteredAsAConnectorService() throws InterruptedException {
        var context = org.osgi.framework.FrameworkUtil.getBundle(RestConnectorComponent.class).getBundleContext();
        var tracker = new org.osgi.util.tracker.ServiceTracker<org.switchboard.connector.ContactCenterConnector,
                org.switchboard.connector.ContactCenterConnector>(context,
                        org.switchboard.connector.ContactCenterConnector.class, null);
        tracker.open();
        try {
            var service = tracker.waitForService(WAIT.toMillis());
            assertTrue(service != null, "the connector component is active");
            assertEquals(RestConnectorComponent.ID, service.id());
        } finally {
            tracker.close();
        }
    }
}
