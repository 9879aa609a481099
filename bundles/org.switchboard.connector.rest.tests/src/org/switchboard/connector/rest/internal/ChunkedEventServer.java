package org.switchboard.connector.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server that answers the login and {@code GET system} as Switchboard's API does, and
 * whose event stream writes exactly the chunks a test hands it: each one with a single write and
 * flush, so several events can travel in one HTTP chunk, as a replay or a coalescing proxy sends
 * them. Between chunks the stream is silent.
 */
final class ChunkedEventServer implements AutoCloseable {

    private static final byte[] END_OF_STREAM = new byte[0];

    private final HttpServer http;
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    final List<String> lastEventIds = new CopyOnWriteArrayList<>();

    ChunkedEventServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "chunked-event-server");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/api/v1/sessions", exchange -> answer(exchange, "{\"agentId\":\"a1\",\"token\":\"t\"}"));
        http.createContext("/api/v1/system", exchange -> answer(exchange, "{\"state\":\"IN_SERVICE\"}"));
        http.createContext("/api/v1/events", this::stream);
        http.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/api/v1/");
    }

    /** Writes {@code events} (whole SSE frames) to the open stream in one write and one flush. */
    void sendInOneChunk(String... events) {
        chunks.add(String.join("", events).getBytes(StandardCharsets.UTF_8));
    }

    static String frame(long id, String name, String data) {
        return "event: " + name + "\nid: " + id + "\ndata: " + data + "\n\n";
    }

    private void stream(HttpExchange exchange) throws IOException {
        String last = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        lastEventIds.add(last == null ? "" : last);
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            while (true) {
                byte[] chunk = chunks.poll(100, TimeUnit.MILLISECONDS);
                if (chunk == END_OF_STREAM) {
                    return;
                }
                if (chunk != null) {
                    out.write(chunk);
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        chunks.add(END_OF_STREAM);
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
    }
}
