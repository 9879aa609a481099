package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.connector.ConnectorEvent.ActionRefused;
import org.switchboard.connector.ConnectorEvent.ConnectionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.connector.cti.CallControlClientFactory;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.Caller;
import org.switchboard.store.StoreFactory;

/**
 * Call control through the SPI over the reference server's SOAP endpoint, with events over the
 * REST event stream: server.core, server.rest and server.soap on loopback in the OSGi runtime.
 */
class SoapCallControlAgainstServerTest {

    @TempDir
    Path data;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui-thread"));

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        ui.shutdownNow();
    }

    private ServerUnderTest server() {
        ServerUnderTest s = new ServerUnderTest(true);
        open.add(s);
        return s;
    }

    /** The SOAP call-control clients, as the SOAP connector bundle's component offers them. */
    private static CallControlClientFactory soapCallControl() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(RestConnectorComponent.class).getBundleContext();
        ServiceTracker<CallControlClientFactory, CallControlClientFactory> tracker = new ServiceTracker<>(context,
                CallControlClientFactory.class, null);
        tracker.open();
        try {
            CallControlClientFactory factory = tracker.waitForService(EventLog.WAIT.toMillis());
            assertNotNull(factory, "the SOAP call-control component is active");
            return factory;
        } finally {
            tracker.close();
        }
    }

    private ConnectorSession open(ConnectionSettings settings, EventLog log) throws InterruptedException {
        RestConnectorComponent connector = new RestConnectorComponent(new StoreFactory());
        connector.addCallControl(soapCallControl());
        ConnectorSession session = connector.open(settings);
        open.add(session);
        session.addListener(log, ui);
        return session;
    }

    private ConnectionSettings soapSettings(ServerUnderTest server) {
        return ConnectionSettings.of(server.baseUri(), "a1", "a1-demo".toCharArray(), data)
                .withSoapCallControl(server.soapAddress());
    }

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(EventLog.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static TelephonyService telephony(ConnectorSession s) {
        return s.adapt(TelephonyService.class).orElseThrow();
    }

    private String offeredCall(ServerUnderTest server, ConnectorSession session, EventLog log) throws Exception {
        log.await(StateReconciled.class, r -> true);
        done(session.adapt(AgentStateService.class).orElseThrow().changeState(AgentState.READY, null));
        String call = server.center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of());
        log.await(InteractionOffered.class, o -> o.interaction().id().equals(call));
        return call;
    }

    private static long count(EventLog log, String requestId) {
        return log.all().stream().filter(e -> e instanceof ActionCompleted c && c.requestId().equals(requestId)
                || e instanceof ActionRefused r && r.requestId().equals(requestId)).count();
    }

    @Test
    void answerHoldRetrieveAndReleaseOverSoapWithOutcomesOnTheStreamOnce() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(soapSettings(server), log);
        String call = offeredCall(server, session, log);
        TelephonyService phone = telephony(session);

        List<String> requestIds = new ArrayList<>();
        for (CallAction action : List.of(CallAction.ANSWER, CallAction.HOLD, CallAction.RESUME)) {
            ActionCompleted completed = done(phone.perform(call, action));
            assertEquals(action.name(), completed.action());
            assertEquals(call, completed.interactionId());
            requestIds.add(completed.requestId());
        }
        log.await(InteractionChanged.class, c -> c.interaction().id().equals(call)
                && c.interaction().allowedActions().contains("HOLD") && c.interaction().state().equals("CONNECTED"));
        done(phone.sendDtmf(call, "12#"));
        ActionCompleted released = done(phone.perform(call, CallAction.RELEASE));
        requestIds.add(released.requestId());
        log.await(InteractionChanged.class, c -> c.interaction().id().equals(call) && c.interaction().wrapUpOwed());

        for (String requestId : requestIds) {
            log.await(ActionCompleted.class, a -> a.requestId().equals(requestId));
        }
        for (String requestId : requestIds) {
            assertEquals(1, count(log, requestId), "listeners hear of " + requestId + " once");
        }
        assertEquals(List.of("test-ui-thread"), log.threads.stream().distinct().toList());
    }

    /**
     * MUTE and UNMUTE have no operation in the SOAP contract: with SOAP chosen they go over REST. With
     * the SOAP endpoint stopped they still complete, while HOLD, which the contract has, cannot be sent.
     */
    @Test
    void actionsTheSoapContractLacksGoOverRest() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(soapSettings(server), log);
        String call = offeredCall(server, session, log);
        TelephonyService phone = telephony(session);
        done(phone.perform(call, CallAction.ANSWER));

        server.stopSoap();
        assertEquals(CallAction.MUTE.name(), done(phone.perform(call, CallAction.MUTE)).action());
        var overSoap = phone.perform(call, CallAction.HOLD).toCompletableFuture();
        ExecutionException failed = assertThrows(
                ExecutionException.class, () -> overSoap.get(EventLog.WAIT.toSeconds(),
                        TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().contains("SOAP"), failed.getCause().getMessage());
        ActionCompleted unmuted = done(phone.perform(call, CallAction.UNMUTE));
        log.await(ActionCompleted.class, a -> a.requestId().equals(unmuted.requestId()));
        assertEquals(1, count(log, unmuted.requestId()), "the REST outcome is heard once");
    }

    @Test
    void theSoapAnswerCompletesTheActionWhileTheEventStreamIsDownAndTheEventFollowsOnce() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(soapSettings(server), log);
        String call = offeredCall(server, session, log);
        done(telephony(session).perform(call, CallAction.ANSWER));

        server.stop();
        log.await(ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
        ActionCompleted held = done(telephony(session).perform(call, CallAction.HOLD));
        assertEquals(0, count(log, held.requestId()), "no event while the stream is down");
        assertTrue(server.center.interaction("a1", call).participants().stream()
                .anyMatch(p -> "CUSTOMER".equals(p.kind()) && p.held()), "the server applied the hold");

        server.start();
        log.await(ActionCompleted.class, a -> a.requestId().equals(held.requestId()));
        ActionCompleted resumed = done(telephony(session).perform(call, CallAction.RESUME));
        log.await(ActionCompleted.class, a -> a.requestId().equals(resumed.requestId()));
        assertEquals(1, count(log, held.requestId()), "the missed outcome arrives once, from the stream");
        assertEquals(1, log.all(StateReconciled.class).size(), "resumed with Last-Event-ID");
    }

    @Test
    void aRefusalOverSoapSurfacesAsActionRefusedWithTheRuleAndMessage() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(soapSettings(server), log);
        String call = offeredCall(server, session, log);
        TelephonyService phone = telephony(session);
        done(phone.perform(call, CallAction.ANSWER));
        done(phone.perform(call, CallAction.HOLD));

        ExecutionException failed = assertThrows(ExecutionException.class, () -> done(phone.perform(call, CallAction.RELEASE)));

        ActionRefusal refusal = assertInstanceOf(ActionRefusal.class, failed.getCause());
        ActionRefused refused = refusal.refusal();
        assertEquals("RELEASE_WHILE_ON_HOLD", refused.rule());
        assertTrue(refused.message().contains("End is disabled while the call is on hold."), refused.message());
        assertEquals(call, refused.interactionId());
        assertEquals("RELEASE", refused.action());
        ActionRefused heard = log.await(ActionRefused.class, r -> r.requestId().equals(refused.requestId()));
        assertEquals(refused, heard);

        ActionCompleted resumed = done(phone.perform(call, CallAction.RESUME));
        log.await(ActionCompleted.class, a -> a.requestId().equals(resumed.requestId()));
        assertEquals(1, count(log, refused.requestId()), "the refusal is heard once");
        assertTrue(server.center.interaction("a1", call).participants().stream()
                .noneMatch(p -> "CUSTOMER".equals(p.kind()) && p.held()));
    }

    @Test
    void blindTransferToAQueueOverSoap() throws Exception {
        ServerUnderTest server = server();
        EventLog log = new EventLog();
        ConnectorSession session = open(soapSettings(server), log);
        String call = offeredCall(server, session, log);
        TelephonyService phone = telephony(session);
        done(phone.perform(call, CallAction.ANSWER));

        ActionCompleted transferred = done(phone.blindTransfer(call, new TransferTarget(TransferTarget.Kind.QUEUE, "support")));

        assertEquals("BLIND_TRANSFER", transferred.action());
        log.await(ActionCompleted.class, a -> a.requestId().equals(transferred.requestId()));
    }

    @Test
    void soapCallControlWithoutItsBundleIsRefusedBeforeTheLogin() throws InterruptedException {
        ConnectionSettings soap = ConnectionSettings.of(java.net.URI.create("http://127.0.0.1:1/api/v1/"), "a1",
                "x".toCharArray(), data).withSoapCallControl(java.net.URI.create("http://127.0.0.1:2/soap/callcontrol"));
        assertEquals(CallControlProtocol.SOAP, soapCallControl().protocol());

        ConnectorException refused = assertThrows(ConnectorException.class,
                () -> new RestConnectorComponent(new StoreFactory()).open(soap));
        assertEquals("SOAP call control is not installed", refused.getMessage());
    }

    @Test
    void soapCallControlNeedsTheEndpointOfEveryServer() throws Exception {
        ConnectionSettings rest = ConnectionSettings.of(java.net.URI.create("http://127.0.0.1:1/api/v1/"), "a1",
                "x".toCharArray(), data);
        assertEquals(CallControlProtocol.REST, rest.callControl());
        assertEquals(CallControlProtocol.SOAP, CallControlProtocol.fromPreference(" soap "));
        assertEquals(CallControlProtocol.REST, CallControlProtocol.fromPreference(null));

        ConnectionSettings soap = rest.withSoapCallControl(java.net.URI.create("http://127.0.0.1:2/soap/callcontrol"));
        assertEquals(Optional.of(java.net.URI.create("http://127.0.0.1:2/soap/callcontrol")),
                Optional.ofNullable(soap.soapEndpoints().get(ServerRole.PRIMARY)));
        assertThrows(IllegalArgumentException.class,
                () -> soap.withSecondary(java.net.URI.create("http://127.0.0.1:3/api/v1/")));
        assertThrows(IllegalArgumentException.class, () -> new ConnectionSettings(rest.primary(), rest.secondary(),
                "a1", "x".toCharArray(), data, rest.requestTimeout(), rest.silenceTimeout(), rest.firstRetry(),
                rest.maxRetry(), CallControlProtocol.SOAP, Map.of(), rest.servicePoll()));
    }
}
