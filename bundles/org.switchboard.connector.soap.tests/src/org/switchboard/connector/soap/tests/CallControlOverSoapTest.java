package org.switchboard.connector.soap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallControlWsdl;
import org.switchboard.callcontrol.CallStatus;
import org.switchboard.connector.soap.CallControlClients;
import org.switchboard.connector.soap.SoapCallControl;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.soap.SoapServer;

/**
 * The desktop's WSDL-bound call-control client against the reference server's SOAP endpoint
 * (server.core and server.soap, CXF JAX-WS on Jetty) on loopback, both inside the OSGi test runtime.
 */
class CallControlOverSoapTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private RunningContactCenter center;
    private SoapServer server;
    private SoapCallControl client;
    private String token;
    private String call;

    @BeforeEach
    void startServer() {
        center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null);
        server = SoapServer.start(center, 0);
        client = new SoapCallControl(server.address(), TIMEOUT);
        token = center.login("a1", "a1-demo").token();
        center.changeState("a1", "READY", null);
        call = center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"), Map.of());
    }

    @AfterEach
    void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        center.close();
    }

    @Test
    void answerHoldRetrieveAndReleaseOverSoap() throws CallControlFault {
        assertNotNull(FrameworkUtil.getBundle(CallControlClients.class), "must run inside OSGi");

        CallStatus answered = client.perform(token, call, CallAction.ANSWER, "r-answer");
        assertEquals("CONNECTED", answered.getState());
        assertEquals("r-answer", answered.getRequestId());
        assertFalse(answered.isCustomerHeld());
        assertTrue(answered.getAllowedAction().contains("HOLD"), answered.getAllowedAction().toString());

        assertTrue(client.perform(token, call, CallAction.HOLD, "r-hold").isCustomerHeld());
        CallStatus retrieved = client.perform(token, call, CallAction.RESUME, "r-retrieve");
        assertFalse(retrieved.isCustomerHeld());
        assertEquals("CONNECTED", retrieved.getState());

        assertEquals("ENDED", client.perform(token, call, CallAction.RELEASE, "r-release").getState());
    }

    @Test
    void aRefusalArrivesAsTypedFaultNamingTheRule() throws CallControlFault {
        client.perform(token, call, CallAction.ANSWER, null);
        client.perform(token, call, CallAction.HOLD, null);

        CallControlFault fault = assertThrows(CallControlFault.class,
                () -> client.perform(token, call, CallAction.RELEASE, null));

        assertNotNull(fault.getFaultInfo(), "the fault detail must be unmarshalled");
        assertEquals("RELEASE_WHILE_ON_HOLD", fault.getFaultInfo().getRule());
        assertEquals(fault.getMessage(), fault.getFaultInfo().getMessage());
        assertTrue(fault.getMessage().contains("hold"), fault.getMessage());
    }

    @Test
    void aRepeatedRequestIdIsNotAppliedTwice() throws CallControlFault {
        client.perform(token, call, CallAction.ANSWER, null);
        assertTrue(client.perform(token, call, CallAction.HOLD, "r-once").isCustomerHeld());

        CallStatus again = client.perform(token, call, CallAction.HOLD, "r-once");

        assertTrue(again.isCustomerHeld(), "answered with the first outcome, not refused as ALREADY_ON_HOLD");
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        CallControlFault fault = assertThrows(CallControlFault.class,
                () -> client.perform("not-a-token", call, CallAction.ANSWER, null));

        assertEquals("UNAUTHORIZED", fault.getFaultInfo().getRule());
    }

    @Test
    void everyOperationWithoutParametersIsMapped() {
        for (CallAction a : new CallAction[] { CallAction.ANSWER, CallAction.HOLD, CallAction.RESUME,
                CallAction.TRANSFER, CallAction.CONFERENCE, CallAction.RELEASE, CallAction.PAUSE_RECORDING,
                CallAction.RESUME_RECORDING }) {
            assertTrue(SoapCallControl.supports(a), a.name());
        }
        assertFalse(SoapCallControl.supports(CallAction.MUTE), "MUTE has no SOAP operation");
        assertThrows(IllegalArgumentException.class, () -> client.perform(token, call, CallAction.MUTE, null));
    }

    @Test
    void contractThatDriftedFromWsdlIsRefused() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> CallControlClients.create(DriftedCallControl.class, server.address(), TIMEOUT));
        assertTrue(String.valueOf(refused.getMessage()).contains("park"), refused.toString());
    }

    @Test
    void theServerPublishesTheContractsWsdl() throws IOException, InterruptedException {
        HttpResponse<String> published = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.wsdl()).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, published.statusCode());
        assertTrue(published.body().contains("urn:switchboard:callcontrol:2"), published.body());
        assertEquals(operations(read(CallControlWsdl.location())), operations(published.body()),
                "the published WSDL offers the contract's operations");
        assertTrue(operations(published.body()).contains("retrieve"), published.body());
        assertTrue(published.body().contains(server.address().toString()), "soap:address names the live endpoint");
    }

    private static Set<String> operations(String wsdl) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("<wsdl:operation name=\"(\\w+)\">").matcher(wsdl);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
