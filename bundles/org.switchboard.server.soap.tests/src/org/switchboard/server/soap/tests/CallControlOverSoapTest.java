package org.switchboard.server.soap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.ws.BindingProvider;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.message.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallRequest;
import org.switchboard.callcontrol.CallStatus;
import org.switchboard.callcontrol.DtmfRequest;
import org.switchboard.callcontrol.TargetRequest;
import org.switchboard.callcontrol.TargetType;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.EventFeed;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.soap.SoapServer;
import org.switchboard.testing.ManualClock;

/**
 * The call-control endpoint end to end: a contact center on a clock the test moves, its SOAP
 * endpoint on loopback, and a client built from the WSDL the endpoint publishes, all inside the
 * OSGi runtime.
 */
class CallControlOverSoapTest {

    private final ManualClock clock = new ManualClock();
    private RunningContactCenter center;
    private SoapServer server;
    private CallControl soap;

    @BeforeEach
    void start() {
        center = ContactCenters.start(ServerConfig.demo(), clock, null);
        server = SoapServer.start(center, 0);
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(CallControl.class);
        factory.setWsdlURL(server.wsdl().toString());
        factory.setServiceName(CallControl.SERVICE);
        factory.setEndpointName(CallControl.PORT);
        factory.setAddress(server.address().toString());
        soap = factory.create(CallControl.class);
        Map<String, Object> context = ((BindingProvider) soap).getRequestContext();
        context.put(Message.CONNECTION_TIMEOUT, 10_000L);
        context.put(Message.RECEIVE_TIMEOUT, 10_000L);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (center != null) {
            center.close();
        }
    }

    private String loginReady(String agentId) {
        String token = center.login(agentId, agentId + "-demo").token();
        assertEquals("READY", center.changeState(agentId, "READY", null).state());
        return token;
    }

    private String injectSalesCall() {
        return center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of("customerName", "Dana Whitfield", "accountNumber", "DE-4471"));
    }

    private static CallRequest call(String token, String interactionId, String requestId) {
        CallRequest r = new CallRequest();
        r.setToken(token);
        r.setInteractionId(interactionId);
        r.setRequestId(requestId);
        return r;
    }

    private static CallRequest call(String token, String interactionId) {
        return call(token, interactionId, null);
    }

    private static TargetRequest target(String token, String interactionId, TargetType type, String target) {
        TargetRequest r = new TargetRequest();
        r.setToken(token);
        r.setInteractionId(interactionId);
        r.setTargetType(type);
        r.setTarget(target);
        return r;
    }

    private static DtmfRequest dtmf(String token, String interactionId, String digits) {
        DtmfRequest r = new DtmfRequest();
        r.setToken(token);
        r.setInteractionId(interactionId);
        r.setDigits(digits);
        return r;
    }

    private static void refused(String rule, Executable request) {
        CallControlFault fault = assertThrows(CallControlFault.class, request);
        assertEquals(rule, fault.getFaultInfo().getRule(), fault.getFaultInfo().getMessage());
        assertFalse(fault.getFaultInfo().getMessage().isBlank());
    }

    private List<ServerEvent> eventsOf(String agentId) throws InterruptedException {
        EventFeed feed = center.feed(agentId);
        return feed.awaitAfter(0, Duration.ZERO).events();
    }

    @Test
    void callFromTheSimulatorIsAnsweredHeldRetrievedAndReleasedOverSoap() throws Exception {
        String token = loginReady("a1");
        String id = injectSalesCall();
        assertEquals("OFFERED", center.interaction("a1", id).state(), "routed to the only Ready agent with sales");

        CallStatus answered = soap.answer(call(token, id, "r-answer"));
        assertEquals(id, answered.getInteractionId());
        assertEquals("r-answer", answered.getRequestId());
        assertEquals("CONNECTED", answered.getState());
        assertFalse(answered.isCustomerHeld());
        assertTrue(answered.getAllowedAction().contains("HOLD"), answered.getAllowedAction().toString());

        CallStatus held = soap.hold(call(token, id));
        assertTrue(held.isCustomerHeld());
        assertTrue(held.getAllowedAction().contains("RESUME"));
        assertTrue(center.interaction("a1", id).participants().stream()
                .anyMatch(p -> p.kind().equals("CUSTOMER") && p.held()), "the core model holds the customer");

        CallStatus retrieved = soap.retrieve(call(token, id));
        assertFalse(retrieved.isCustomerHeld());
        assertEquals("CONNECTED", retrieved.getState());

        assertEquals("CONNECTED", soap.sendDtmf(dtmf(token, id, "4471#")).getState());
        assertEquals("PAUSED", soap.pauseRecording(call(token, id)).getRecording());
        assertEquals("RECORDING", soap.resumeRecording(call(token, id)).getRecording());

        CallStatus released = soap.release(call(token, id, "r-release"));
        assertEquals("ENDED", released.getState());
        assertEquals(List.of("WRAP_UP"), released.getAllowedAction(), "the agent owes the wrap-up");

        List<String> completed = new ArrayList<>();
        for (ServerEvent e : eventsOf("a1")) {
            if (e.type().equals(EventTypes.ACTION_COMPLETED)) {
                completed.add(e.requestId());
            }
        }
        assertTrue(completed.contains("r-answer") && completed.contains("r-release"),
                "SOAP actions are published on the agent's stream like REST ones: " + completed);
    }

    @Test
    void refusedActionArrivesAsTypedFaultNamingTheRuleAndChangesNothing() throws Exception {
        String token = loginReady("a1");
        String id = injectSalesCall();
        refused("NOT_CONNECTED", () -> soap.hold(call(token, id)));
        soap.answer(call(token, id));
        soap.hold(call(token, id));

        refused("RELEASE_WHILE_ON_HOLD", () -> soap.release(call(token, id)));
        refused("ALREADY_ON_HOLD", () -> soap.hold(call(token, id)));
        assertEquals("CONNECTED", center.interaction("a1", id).state(), "a refusal leaves the call as it was");

        refused("INVALID_DTMF", () -> soap.sendDtmf(dtmf(token, id, "12a")));
        refused("NOT_FOUND", () -> soap.answer(call(token, "i-999")));

        assertTrue(eventsOf("a1").stream().anyMatch(e -> e.type().equals(EventTypes.ACTION_REFUSED)),
                "the refusal is on the agent's stream too");
    }

    @Test
    void aRepeatedRequestIdIsAnsweredAgainAndNotAppliedTwice() throws Exception {
        String token = loginReady("a1");
        String id = injectSalesCall();
        soap.answer(call(token, id));
        assertTrue(soap.hold(call(token, id, "hold-1")).isCustomerHeld());
        CallStatus again = soap.hold(call(token, id, "hold-1"));
        assertTrue(again.isCustomerHeld(), "the first outcome, not ALREADY_ON_HOLD");
        assertEquals("hold-1", again.getRequestId());
    }

    @Test
    void anInvalidTokenOrAnotherAgentsCallIsRefused() throws Exception {
        String token = loginReady("a1");
        String other = loginReady("a2");
        String id = injectSalesCall();

        refused("UNAUTHORIZED", () -> soap.answer(call("not-a-token", id)));
        refused("UNAUTHORIZED", () -> soap.answer(call(null, id)));
        refused("FORBIDDEN", () -> soap.answer(call(other, id)));
        assertEquals("OFFERED", center.interaction("a1", id).state(), "nothing was answered");

        center.logout("a2");
        refused("UNAUTHORIZED", () -> soap.hold(call(other, id)));
        assertEquals("CONNECTED", soap.answer(call(token, id)).getState());
    }

    @Test
    void consultConferenceAndTransferFollowTheCallRules() throws Exception {
        String a1 = loginReady("a1");
        String a2 = loginReady("a2");
        String id = injectSalesCall();
        soap.answer(call(a1, id));

        refused("CONSULT_NOT_ACCEPTED", () -> {
            soap.consult(target(a1, id, TargetType.AGENT, "a2"));
            soap.transfer(call(a1, id));
        });
        assertEquals("CONSULT", center.interaction("a1", id).state());
        center.submit("a2", id, new ActionCommand("ACCEPT_CONSULT", ActionParams.none(), "a2-accept"));

        CallStatus conference = soap.conference(call(a1, id));
        assertEquals("CONFERENCE", conference.getState());
        refused("NO_HOLD_IN_CONFERENCE", () -> soap.hold(call(a1, id)));
        refused("AGENT_2_CANNOT_END_CONFERENCE", () -> soap.release(call(a2, id)));

        CallStatus transferred = soap.transfer(call(a1, id));
        assertEquals("TRANSFER_OFFERED", transferred.getState());
        assertEquals(List.of("WRAP_UP"), transferred.getAllowedAction(), "agent 1 leaves for wrap-up");
    }

    @Test
    void blindTransferToAQueueAndConsultOfADialNumber() throws Exception {
        String a1 = loginReady("a1");
        String id = injectSalesCall();
        soap.answer(call(a1, id));

        refused("INVALID_DIAL_NUMBER", () -> soap.consult(target(a1, id, TargetType.NUMBER, "call me")));
        assertEquals("CONSULT", soap.consult(target(a1, id, TargetType.NUMBER, "+12015550123")).getState());
        assertEquals("CONFERENCE", soap.conference(call(a1, id)).getState());
        refused("BLIND_TRANSFER_TWO_PARTY_ONLY",
                () -> soap.blindTransfer(target(a1, id, TargetType.QUEUE, "support")));
        assertEquals("ENDED", soap.release(call(a1, id)).getState());

        String second = injectSalesCall();
        center.submit("a1", id, new ActionCommand("WRAP_UP",
                new ActionParams(null, null, null, "resolved", "conferenced the billing desk", null), "wrap-1"));
        String a2 = loginReady("a2");
        assertEquals("OFFERED", center.interaction("a1", second).state());
        soap.answer(call(a1, second));
        CallStatus transferred = soap.blindTransfer(target(a1, second, TargetType.QUEUE, "support"));
        assertTrue(List.of("OFFERED", "QUEUED").contains(transferred.getState()), transferred.getState());
        assertEquals("OFFERED", center.interaction("a2", second).state(), "routed to the support agent");
        assertEquals("CONNECTED", soap.answer(call(a2, second)).getState());
    }

    @Test
    void theWsdlIsPublishedWithTheTokenDocumentedAndTheLoopbackAddress() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.wsdl()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        String text = wsdl.body();
        assertTrue(text.contains("urn:switchboard:callcontrol:2"));
        assertTrue(text.contains("bearer token"), "the WSDL documents the authentication");
        for (String op : List.of("answer", "hold", "retrieve", "consult", "transfer", "blindTransfer", "conference",
                "sendDtmf", "release", "pauseRecording", "resumeRecording")) {
            assertTrue(text.contains("<wsdl:operation name=\"" + op + "\">"), op);
        }
        assertTrue(text.contains("location=\"" + server.address() + "\""), "the address it is served at");
        assertEquals("127.0.0.1", URI.create(server.address().toString()).getHost());
    }
}
