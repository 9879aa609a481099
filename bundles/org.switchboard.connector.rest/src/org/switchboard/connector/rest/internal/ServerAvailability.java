package org.switchboard.connector.rest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.connector.ServerRole;

/**
 * What the session's servers say about their service, and how the last attempt to reach them
 * failed: which refused connections (nothing listened: being restarted) and which answered as
 * still starting.
 */
final class ServerAvailability {

    private static final System.Logger LOG = System.getLogger(ServerAvailability.class.getName());

    private final Map<ServerRole, ServerLink> links;
    /** The servers that refused connections during the last attempt. */
    private final Set<ServerRole> refusing = ConcurrentHashMap.newKeySet();
    /** The servers that answered as still starting during the last attempt. */
    private final Set<ServerRole> starting = ConcurrentHashMap.newKeySet();

    ServerAvailability(Map<ServerRole, ServerLink> links) {
        this.links = links;
    }

    /** Forgets how the last attempt failed. */
    void newAttempt() {
        refusing.clear();
        starting.clear();
    }

    boolean anyRefusing() {
        return !refusing.isEmpty();
    }

    boolean anyStarting() {
        return !starting.isEmpty();
    }

    /** The service state the server reports, or {@code null} when it cannot be read. */
    String serviceState(ServerRole r) {
        try {
            return links.get(r).serviceState();
        } catch (RuntimeException e) {
            if (ServerFailures.refused(e)) {
                refusing.add(r);
            } else if (ServerFailures.startingUp(e)) {
                starting.add(r);
            }
            LOG.log(System.Logger.Level.DEBUG, r + " server unavailable: " + e.getMessage());
            return null;
        }
    }

    /**
     * Whether one of the servers that refused connections accepts a bare TCP connection now, which
     * costs a server nothing.
     */
    boolean refusingServerAccepts(Duration timeout) {
        for (ServerRole r : refusing) {
            if (accepts(links.get(r).client().baseUri(), timeout)) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(URI server, Duration timeout) {
        int port = server.getPort() >= 0 ? server.getPort() : "https".equals(server.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), port),
                    (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
