package org.switchboard.connector.rest.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on a given loopback port that answers every request with 503 Service Unavailable,
 * as a server does while it starts; it records when each request came.
 */
final class StartingServer implements AutoCloseable {

    /** When each request arrived, {@link System#nanoTime()}. */
    final List<Long> requests = new CopyOnWriteArrayList<>();
    private final HttpServer http;

    StartingServer(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        http.createContext("/", exchange -> {
            requests.add(System.nanoTime());
            byte[] body = "{\"message\":\"starting\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
