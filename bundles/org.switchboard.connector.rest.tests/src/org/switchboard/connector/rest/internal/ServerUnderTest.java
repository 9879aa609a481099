package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.soap.SoapServer;

/**
 * The reference contact center with its REST API (and, when asked, its SOAP call control) on
 * loopback. {@link #stop()} and {@link #start()} take the REST endpoint down and bring it back on
 * the same port, as a restart of the server's front end does, while the contact center keeps its
 * sessions and event logs.
 */
final class ServerUnderTest implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofMillis(500);

    final RecordingStore store = new RecordingStore();
    final RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null, store);
    private RestServer rest;
    private final URI baseUri;
    private final SoapServer soap;

    ServerUnderTest() {
        this(false);
    }

    ServerUnderTest(boolean withSoap) {
        rest = RestServer.start(center, 0, HEARTBEAT);
        baseUri = rest.baseUri();
        soap = withSoap ? SoapServer.start(center, 0) : null;
    }

    URI soapAddress() {
        return soap.address();
    }

    URI baseUri() {
        return baseUri;
    }

    /** Stops the REST endpoint and its port's Jetty engine: connections are refused, as when the process is down. */
    void stop() {
        rest.close();
        rest = null;
        JettyHTTPServerEngineFactory.destroyForPort(baseUri.getPort());
    }

    void start() {
        rest = RestServer.start(center, baseUri.getPort(), HEARTBEAT);
    }

    @Override
    public void close() {
        if (rest != null) {
            rest.close();
        }
        if (soap != null) {
            soap.close();
        }
        center.close();
    }
}
