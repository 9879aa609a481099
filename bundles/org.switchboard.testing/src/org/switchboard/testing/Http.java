package org.switchboard.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Plain HTTP on loopback, as any client of the server's REST API would speak it; JSON both ways. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    public record Reply(int status, JsonNode body, String raw) {
        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Http(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpClient client() {
        return client;
    }

    public Reply get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Reply delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    public Reply post(String path, String token, Object body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply put(String path, String token, Object body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Reply postBytes(String path, String token, String contentType, byte[] body) {
        return send(builder(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw answer: status, Content-Type and bytes. */
    public HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return client.send(builder(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), body, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
