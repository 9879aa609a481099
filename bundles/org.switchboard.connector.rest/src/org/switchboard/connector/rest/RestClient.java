package org.switchboard.connector.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.ws.rs.ProcessingException;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.Invocation;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.spec.ClientBuilderImpl;
import org.switchboard.connector.rest.internal.JaxRsRuntime;
import org.switchboard.connector.rest.internal.Json;
import org.switchboard.connector.rest.internal.SseSources;

/**
 * JSON over HTTP against one server base URL, authenticated with a bearer token, on Apache CXF.
 * Paths are relative to the base URL (no leading slash) and may carry a query string.
 * <p>
 * Threading: {@link #get}, {@link #post}, {@link #put}, {@link #delete} and {@link #subscribe} do network I/O and block the
 * calling thread; never call them on the UI thread. An instance is safe for concurrent use.
 * The token supplier is asked once per request (and per stream connection), so a refreshed token
 * is picked up without recreating the client.
 */
public final class RestClient implements AutoCloseable {

    private final URI baseUri;
    private final Supplier<String> bearerToken;
    private final Client requests;
    private final Client streams;
    private final Duration reconnectDelay;

    /**
     * @param baseUri        the server's API root, e.g. {@code https://cc.example.com/api/}
     * @param bearerToken    supplies the current access token, {@code null} result for none
     * @param requestTimeout how long a request may wait for its answer
     * @param reconnectDelay how long an event stream waits before reconnecting after a drop
     */
    public RestClient(URI baseUri, Supplier<String> bearerToken, Duration requestTimeout, Duration reconnectDelay) {
        this(baseUri, bearerToken, requestTimeout, reconnectDelay, Duration.ZERO);
    }

    /**
     * @param streamSilence how long an event stream may stay without a byte (its answer's headers
     *                      included) before it fails: a server that accepts the connection and
     *                      never answers cannot hold {@link #subscribe} longer than the connection
     *                      timeout plus this; {@link Duration#ZERO} for no limit
     */
    public RestClient(URI baseUri, Supplier<String> bearerToken, Duration requestTimeout, Duration reconnectDelay,
            Duration streamSilence) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.bearerToken = Objects.requireNonNull(bearerToken, "bearerToken");
        this.reconnectDelay = Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        JaxRsRuntime.ensureDelegate();
        // Built directly rather than through ClientBuilder.newBuilder(): the JAX-RS API's
        // service lookup does not see CXF's META-INF/services inside OSGi.
        this.requests = new ClientBuilderImpl()
                .register(Json.provider())
                .connectTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
        // A stream stays open for the whole session: its reads wait at most for the silence allowed.
        this.streams = new ClientBuilderImpl()
                .register(Json.provider())
                .connectTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(streamSilence.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    public RestClient(URI baseUri, Supplier<String> bearerToken) {
        this(baseUri, bearerToken, Duration.ofSeconds(30), Duration.ofSeconds(2));
    }

    public URI baseUri() {
        return baseUri;
    }

    /** GETs {@code path} (relative to the base URL) and decodes the JSON answer. Blocks. */
    public <T> T get(String path, Class<T> type) {
        return exchange("GET", path, () -> request(path).get(), type);
    }

    /** POSTs {@code body} as JSON to {@code path} and decodes the JSON answer. Blocks. */
    public <T> T post(String path, Object body, Class<T> type) {
        return exchange("POST", path, () -> request(path).post(Entity.json(body)), type);
    }

    /** PUTs {@code body} as JSON to {@code path} and decodes the JSON answer. Blocks. */
    public <T> T put(String path, Object body, Class<T> type) {
        return exchange("PUT", path, () -> request(path).put(Entity.json(body)), type);
    }

    /** DELETEs {@code path} and decodes the JSON answer. Blocks. */
    public <T> T delete(String path, Class<T> type) {
        return exchange("DELETE", path, () -> request(path).delete(), type);
    }

    /**
     * Subscribes to the server-sent event stream at {@code path}. Blocks until the server has
     * answered the connection request; events then arrive on {@code callbacks}.
     *
     * @param lastEventId id of the last event already seen, sent as {@code Last-Event-ID};
     *                    {@code null} to start from the server's current position
     */
    public EventStream subscribe(String path, String lastEventId, Executor callbacks, EventStream.Listener listener) {
        WebTarget target = authorized(streams.target(resolve(path)));
        EventStream stream = new EventStream(SseSources.create(target, lastEventId, reconnectDelay),
                lastEventId, callbacks, listener);
        try {
            stream.open();
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        return stream;
    }

    @Override
    public void close() {
        requests.close();
        streams.close();
    }

    private Invocation.Builder request(String path) {
        return authorized(requests.target(resolve(path))).request(MediaType.APPLICATION_JSON_TYPE);
    }

    private URI resolve(String path) {
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the base URL: " + path);
        }
        return baseUri.resolve(path);
    }

    private WebTarget authorized(WebTarget target) {
        return target.register((javax.ws.rs.client.ClientRequestFilter) context -> {
            String token = bearerToken.get();
            if (token != null && !context.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                context.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
        });
    }

    private <T> T exchange(String method, String path, Supplier<Response> call, Class<T> type) {
        Response response;
        try {
            response = call.get();
        } catch (ProcessingException e) {
            throw new RestException(0, method + " " + path + " failed: " + e.getMessage(), null, e);
        }
        try (response) {
            int status = response.getStatus();
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                String body = response.hasEntity() ? response.readEntity(String.class) : "";
                throw new RestException(status, method + " " + path + " answered " + status, body, null);
            }
            if (type == Void.class || status == Response.Status.NO_CONTENT.getStatusCode()) {
                return null;
            }
            return response.readEntity(type);
        } catch (ProcessingException e) {
            throw new RestException(response.getStatus(),
                    method + " " + path + ": unreadable answer: " + e.getMessage(), null, e);
        }
    }
}
