package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;

/**
 * The reference contact center with its REST API on loopback. {@link #stop()} and {@link #start()}
 * take the HTTP endpoint down and bring it back on the same port, as a restart of the server's
 * front end does, while the contact center keeps its sessions and event logs.
 */
final class ServerUnderTest implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofMillis(500);

    final RecordingStore store = new RecordingStore();
    final RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null, store);
    private RestServer rest;
    private final URI baseUri;

    ServerUnderTest() {
        rest = RestServer.start(center, 0, HEARTBEAT);
        baseUri = rest.baseUri();
    }

    URI baseUri() {
        return baseUri;
    }

    void stop() {
        rest.close();
        rest = null;
    }

    void start() {
        rest = RestServer.start(center, baseUri.getPort(), HEARTBEAT);
    }

    @Override
    public void close() {
        if (rest != null) {
            rest.close();
        }
        center.close();
    }
}
