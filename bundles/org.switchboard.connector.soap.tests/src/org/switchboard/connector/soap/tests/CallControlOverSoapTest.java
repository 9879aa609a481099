package org.switchboard.connector.soap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.connector.soap.CallControlClients;
import org.switchboard.connector.soap.callcontrol.CallControl;
import org.switchboard.connector.soap.callcontrol.CallControlFault;
import org.switchboard.connector.soap.callcontrol.CallState;

/**
 * The WSDL-bound call-control client against a CXF JAX-WS endpoint (Jetty transport) on
 * loopback, both inside the OSGi test runtime.
 */
class CallControlOverSoapTest {

    private SimulatedCallControl switchSimulator;
    private Server server;
    private URI address;
    private CallControl client;

    @BeforeEach
    void publishEndpoint() throws IOException {
        switchSimulator = new SimulatedCallControl();
        address = URI.create("http://127.0.0.1:" + freePort() + "/soap/callcontrol");
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setServiceClass(CallControl.class);
        factory.setServiceBean(switchSimulator);
        factory.setWsdlURL(CallControlClients.wsdl().toExternalForm());
        factory.setServiceName(CallControl.SERVICE);
        factory.setEndpointName(CallControl.PORT);
        factory.setAddress(address.toString());
        server = factory.create();
        client = CallControlClients.create(address, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopEndpoint() {
        if (server != null) {
            server.stop();
            server.destroy();
        }
    }

    @Test
    void answerAndHoldRoundTripOverSoap() throws CallControlFault {
        assertNotNull(FrameworkUtil.getBundle(CallControlClients.class), "must run inside OSGi");
        switchSimulator.calls.put("i-100", CallState.ALERTING);

        assertEquals(CallState.CONNECTED, client.answer("i-100"));
        assertEquals(CallState.HELD, client.hold("i-100"));
        assertEquals(CallState.HELD, switchSimulator.calls.get("i-100"));
    }

    @Test
    void serverFaultArrivesAsTypedCallControlFault() {
        switchSimulator.calls.put("i-200", CallState.ALERTING);

        CallControlFault fault = assertThrows(CallControlFault.class, () -> client.hold("i-200"));

        String expected = "Interaction i-200 is ALERTING; only a connected call can be held";
        assertEquals(expected, fault.getMessage());
        assertNotNull(fault.getFaultInfo(), "the fault detail must be unmarshalled");
        assertEquals(SimulatedCallControl.HOLD_RULE, fault.getFaultInfo().getRule());
        assertEquals(expected, fault.getFaultInfo().getMessage());
        assertEquals(CallState.ALERTING, switchSimulator.calls.get("i-200"));
    }

    @Test
    void unknownInteractionFaultCarriesItsRule() {
        CallControlFault fault = assertThrows(CallControlFault.class, () -> client.answer("i-missing"));

        assertEquals("No interaction i-missing", fault.getMessage());
        assertEquals(SimulatedCallControl.UNKNOWN_RULE, fault.getFaultInfo().getRule());
    }

    @Test
    void contractThatDriftedFromWsdlIsRefused() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> CallControlClients.create(DriftedCallControl.class, address, Duration.ofSeconds(10)));
        assertTrue(String.valueOf(refused.getMessage()).contains("transfer"), refused.toString());
    }

    @Test
    void endpointPublishesTheBundledWsdl() throws IOException, InterruptedException {
        HttpResponse<String> wsdl = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(address + "?wsdl")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("<wsdl:operation name=\"hold\">"), wsdl.body());
        assertTrue(wsdl.body().contains("callControlFault"), wsdl.body());
        assertTrue(wsdl.body().contains(address.toString()), "soap:address rewritten to the live endpoint");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
