package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.rest.RestClient;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The agent's session on one server: the client and the bearer token, logging in again when the
 * server no longer knows the token (it restarted, or the session ended). Every method blocks on
 * network I/O. A new login starts a new event log on the server, so it counts a generation that
 * the stream uses to know its Last-Event-ID no longer applies.
 */
final class ServerLink implements AutoCloseable {

    /** An event stream's own reconnection is never used: the session supervises its streams. */
    private static final System.Logger LOG = System.getLogger(ServerLink.class.getName());

    private static final Duration NO_AUTOMATIC_RECONNECT = Duration.ofDays(1);

    private final ServerRole role;
    private final RestClient client;
    private final String agentId;
    private final char[] password;
    private volatile String token;
    private volatile String accountRole = "AGENT";
    private volatile long generation;

    ServerLink(ServerRole role, URI baseUri, ConnectionSettings settings) {
        this.role = role;
        this.agentId = settings.agentId();
        this.password = settings.password();
        this.client = new RestClient(withSlash(baseUri), () -> token, settings.requestTimeout(), NO_AUTOMATIC_RECONNECT,
                settings.silenceTimeout());
    }

    private static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    ServerRole role() {
        return role;
    }

    RestClient client() {
        return client;
    }

    long generation() {
        return generation;
    }

    boolean loggedIn() {
        return token != null;
    }

    /** The current bearer token, logging in first when there is none. Blocks on a login. */
    String token() {
        String t = token;
        if (t == null) {
            login(null);
            t = token;
        }
        return t;
    }

    /** Logs in unless a login newer than {@code staleToken} happened meanwhile. */
    synchronized void login(String staleToken) {
        if (token != null && !token.equals(staleToken)) {
            return;
        }
        token = null;
        JsonNode answer;
        try {
            answer = client.post("sessions", Map.of("agentId", agentId, "password", new String(password)),
                    JsonNode.class);
        } catch (RestException e) {
            throw e.status() == 401 ? new ConnectorException("The server refused the login of " + agentId, e) : e;
        }
        String fresh = answer == null ? null : answer.path("token").asText(null);
        if (fresh == null) {
            throw new ConnectorException("The server's login answer has no token");
        }
        generation++;
        accountRole = answer.path("role").asText("AGENT");
        token = fresh;
    }

    /** The role the server gave the login: AGENT (also from servers that do not say), SUPERVISOR, ... */
    String accountRole() {
        return accountRole;
    }

    /** Runs {@code request}, logging in first when needed and once more when the token is refused. */
    <T> T call(Function<RestClient, T> request) {
        String used = token;
        if (used == null) {
            login(null);
            used = token;
        }
        try {
            return request.apply(client);
        } catch (RestException e) {
            if (e.status() != 401) {
                throw e;
            }
            login(used);
            return request.apply(client);
        }
    }

    /** The service state the server reports (IN_SERVICE, PARTIAL_SERVICE, OUT_OF_SERVICE). */
    String serviceState() {
        return call(c -> c.get("system", JsonNode.class)).path("state").asText("");
    }

    /** Ends the session on this server if it can be reached; the session on the other server goes on. */
    void logoutQuietly() {
        String used = token;
        if (used == null) {
            LOG.log(System.Logger.Level.INFO, "{0}: no session to end at log out", role);
            return;
        }
        try {
            client.delete("sessions/current", JsonNode.class);
        } catch (RuntimeException e) {
            // unreachable or already gone: the server's presence timeout ends the session
            LOG.log(System.Logger.Level.WARNING, "{0}: the server did not confirm the log out: {1}", role, e.getMessage());
        }
        synchronized (this) {
            if (used.equals(token)) {
                token = null;
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
