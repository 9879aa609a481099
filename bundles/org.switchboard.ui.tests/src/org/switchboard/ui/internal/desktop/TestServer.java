package org.switchboard.ui.internal.desktop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.soap.SoapServer;
import org.switchboard.testing.LoopbackServer;
import org.switchboard.testing.RestAgent;

/**
 * The reference contact center (demo agents and queues) with its REST API on a free loopback port,
 * in the test runtime, on a clock the tests move, and what its customers do. One for the whole run:
 * {@link DesktopTest} clears the agents' desks between tests.
 */
final class TestServer {

    static final Duration OFFER_TIMEOUT = Duration.ofSeconds(20);
    static final Duration PRIVACY_SHIELD = Duration.ofSeconds(30);

    private static TestServer instance;

    final LoopbackServer loopback = new LoopbackServer(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT),
            (center, port) -> {
                RestServer rest = RestServer.start(center, port, Duration.ofMillis(500));
                return new LoopbackServer.Endpoint(rest.baseUri(), rest);
            });
    final RunningContactCenter center = loopback.center();
    private SoapServer soap;
    /** Actions the SOAP endpoint passed to the contact center. */
    final AtomicInteger soapActions = new AtomicInteger();

    static synchronized TestServer get() {
        if (instance == null) {
            instance = new TestServer();
        }
        return instance;
    }

    URI api() {
        return loopback.api();
    }

    /**
     * The SOAP call-control endpoint, started on first use on a free loopback port. It serves the
     * same contact center and counts the actions it passes on, so a test sees what went over SOAP.
     */
    synchronized URI soap() {
        if (soap == null) {
            ContactCenter counting = (ContactCenter) Proxy.newProxyInstance(ContactCenter.class.getClassLoader(),
                    new Class<?>[] { ContactCenter.class }, (proxy, method, args) -> {
                        if (method.getName().equals("submit")) {
                            soapActions.incrementAndGet();
                        }
                        try {
                            return method.invoke(center, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            soap = SoapServer.start(counting, 0);
        }
        return soap.address();
    }

    /** A customer calls the Sales queue, which only agent a1 serves. */
    String customerCalls(String name, String number) {
        return loopback.customer(center.simulator().injectCall("sales", new Caller(name, number),
                Map.of("customerName", name, "orderTotal", "42.50", "accountNumber", "DE89370400440532013000")));
    }

    /** A customer calls the Support queue, which agents a1 and a2 serve. */
    String customerCallsSupport(String name, String number) {
        return loopback.customer(center.simulator().injectCall("support", new Caller(name, number),
                Map.of("customerName", name, "orderTotal", "18.00", "accountNumber", "GB29NWBK60161331926819")));
    }

    /** A courtesy or web callback request waits in the Sales queue; the agent's answer dials {@code number}. */
    String callbackRequested(String type, String name, String number, String dnis) {
        return loopback.customer(center.simulator().injectCallback("sales", type, name, number, dnis));
    }

    /** The customer picks up the callback the agent's answer dialled. */
    void customerAnswersCallback(String interactionId) {
        center.simulator().callbackAnswered(interactionId);
    }

    /** The customer does not pick up the callback: it goes back to its queue. */
    void customerMissesCallback(String interactionId) {
        center.simulator().callbackMissed(interactionId);
    }

    /** The privacy shield's pause (30 s in the demo) is over: the server's time rule runs as if it had passed. */
    void privacyShieldElapses() {
        loopback.elapse(PRIVACY_SHIELD.plusSeconds(1));
    }

    /**
     * Agent {@code agentId} saves a call variable from {@code version} at another of its clients.
     * Returns the rule of a refusal, or null when saved.
     */
    String savesCallVariable(String agentId, String interactionId, String name, String value, long version) {
        return loopback.submit(agentId, interactionId, "EDIT_CAD", ActionParams.cadEdit(name, value, version));
    }

    void customerHangsUp(String interactionId) {
        center.simulator().hangUp(interactionId);
    }

    /** The offer rings out: the server's timeout rule runs as if the time had passed. */
    void offerTimesOut() {
        loopback.elapse(OFFER_TIMEOUT.plusSeconds(1));
    }

    /** Agent a2, logged in over the REST API. */
    RestAgent agent2() {
        return loopback.agent("a2");
    }
}
