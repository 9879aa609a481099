package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent.InteractionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.DirectoryService;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.CallAction;

/** Outbound and internal calls and the directory, through the REST connector against the reference server on loopback. */
class PlacedCallsAndDirectoryTest {

    private static final Duration WAIT = EventLog.WAIT;

    @TempDir
    Path data;

    @RegisterExtension
    final ConnectorSessions sessions = new ConnectorSessions();

    private ConnectorSession open(ServerUnderTest server, String agentId, EventLog log) {
        ConnectorSession session = sessions.open(ConnectionSettings.of(server.baseUri(), agentId,
                (agentId + "-demo").toCharArray(), data.resolve(agentId)), log);
        log.await(StateReconciled.class, r -> true);
        return session;
    }

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void outboundCallIsPlacedRingsThenConnectsWhenTheCustomerAnswers() throws Exception {
        ServerUnderTest server = new ServerUnderTest();
        sessions.closeAfter(server);
        EventLog log = new EventLog();
        ConnectorSession session = open(server, "a1", log);
        TelephonyService phone = session.adapt(TelephonyService.class).orElseThrow();

        InteractionInfo call = done(phone.placeCall(new TransferTarget(TransferTarget.Kind.NUMBER, "+12015550123")));
        assertEquals("DIALING", call.state());
        assertEquals("Billing desk", call.callerName());
        assertEquals(List.of(CallAction.RELEASE.name()), call.allowedActions());

        server.center.simulator().outboundAnswered(call.id());
        log.await(InteractionChanged.class, c -> c.interaction().id().equals(call.id())
                && c.interaction().state().equals("CONNECTED"));
        done(phone.perform(call.id(), CallAction.RELEASE));
    }

    @Test
    void refusalsNameTheRule() throws Exception {
        ServerUnderTest server = new ServerUnderTest();
        sessions.closeAfter(server);
        ConnectorSession session = open(server, "a1", new EventLog());
        TelephonyService phone = session.adapt(TelephonyService.class).orElseThrow();

        Throwable bad = failure(phone.placeCall(new TransferTarget(TransferTarget.Kind.NUMBER, "12")));
        ActionRefusal refusal = (ActionRefusal) bad;
        assertEquals("INVALID_DIAL_NUMBER", refusal.refusal().rule());
        assertTrue(refusal.getMessage().contains("at least 3"), refusal.getMessage());

        Throwable self = failure(phone.placeCall(new TransferTarget(TransferTarget.Kind.AGENT, "a1")));
        assertEquals("CANNOT_CALL_YOURSELF", ((ActionRefusal) self).refusal().rule());

        Throwable queue = failure(phone.placeCall(new TransferTarget(TransferTarget.Kind.QUEUE, "sales")));
        assertTrue(queue instanceof IllegalArgumentException, queue.toString());
    }

    @Test
    void internalCallIsOfferedToTheCalledAgent() throws Exception {
        ServerUnderTest server = new ServerUnderTest();
        sessions.closeAfter(server);
        ConnectorSession a1 = open(server, "a1", new EventLog());
        EventLog log2 = new EventLog();
        ConnectorSession a2 = open(server, "a2", log2);

        InteractionInfo call = done(a1.adapt(TelephonyService.class).orElseThrow()
                .placeCall(new TransferTarget(TransferTarget.Kind.AGENT, "a2")));
        assertEquals("Ben Okafor", call.callerName());
        InteractionOffered offer = log2.await(InteractionOffered.class, o -> o.interaction().id().equals(call.id()));
        assertEquals("Ava Reyes", offer.interaction().callerName());
        done(a2.adapt(TelephonyService.class).orElseThrow().perform(call.id(), CallAction.ANSWER));
    }

    @Test
    void directoryIsSearchedWithAgentsPresence() throws Exception {
        ServerUnderTest server = new ServerUnderTest();
        sessions.closeAfter(server);
        ConnectorSession a1 = open(server, "a1", new EventLog());
        DirectoryService directory = a1.adapt(DirectoryService.class).orElseThrow();

        List<DirectoryEntry> all = done(directory.search(""));
        assertTrue(all.size() >= 8, all.toString());
        List<DirectoryEntry> ava = done(directory.search("ava"));
        assertEquals(1, ava.size(), ava.toString());
        assertEquals(TransferTarget.Kind.AGENT, ava.get(0).kind());
        assertEquals(AgentState.NOT_READY, ava.get(0).presence(), "a1 is logged in, Not Ready");
        assertEquals(AgentState.LOGGED_OUT, done(directory.search("Ben Okafor")).get(0).presence());
        DirectoryEntry london = done(directory.search("london")).get(0);
        assertEquals(new TransferTarget(TransferTarget.Kind.NUMBER, "+442079460000"), london.target());
        assertNull(london.presence());
        assertEquals(List.of(), done(directory.search("nobody by this name")));
        assertTrue(failure(directory.search("x".repeat(101))) instanceof IllegalArgumentException);
    }
}
