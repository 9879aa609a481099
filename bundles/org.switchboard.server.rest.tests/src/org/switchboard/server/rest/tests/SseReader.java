package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/** Reads a server-sent event stream line by line, as the wire carries it. */
final class SseReader implements AutoCloseable {

    record Event(long id, String name, JsonNode envelope) {
        JsonNode data() {
            return envelope.path("data");
        }

        String requestId() {
            return envelope.path("requestId").asText(null);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    /** Every event taken so far, in arrival order. */
    final List<Event> seen = new ArrayList<>();
    private final Stream<String> lines;
    private final Thread reader;

    SseReader(Http http, String token, String lastEventId) {
        this(http, request(http, "events", token, lastEventId));
    }

    /** A stream opened as a browser's EventSource does: no header but a stream ticket in the query. */
    static SseReader withTicket(Http http, String ticket) {
        return new SseReader(http, request(http, "events?ticket=" + ticket, null, null));
    }

    private static HttpRequest request(Http http, String path, String token, String lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.base().resolve(path)).header("Accept", "text/event-stream");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        return b.build();
    }

    private SseReader(Http http, HttpRequest request) {
        try {
            HttpResponse<Stream<String>> r = http.client().send(request, HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, r.statusCode(), "event stream status");
            lines = r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        reader = new Thread(this::read, "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(Long.parseLong(id), name, Http.JSON.readTree(data.toString())));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // stream closed
        }
    }

    /** The next event, whatever it is. */
    Event next() {
        try {
            Event e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (e == null) {
                fail("no event within " + WAIT + "; seen " + names());
            }
            seen.add(e);
            return e;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Skips events until one matches. */
    Event await(String name, Predicate<JsonNode> data) {
        while (true) {
            Event e = next();
            if (e.name().equals(name) && data.test(e.data())) {
                return e;
            }
        }
    }

    /** An event already taken (e.g. while waiting for an outcome), or the next one that matches. */
    Event seenOrAwait(String name, Predicate<JsonNode> data) {
        for (Event e : seen) {
            if (e.name().equals(name) && data.test(e.data())) {
                return e;
            }
        }
        return await(name, data);
    }

    Event await(String name) {
        return await(name, d -> true);
    }

    /** The outcome (completed or refused) of the request with this id. */
    Event outcome(String requestId) {
        while (true) {
            Event e = next();
            if (requestId.equals(e.requestId())) {
                return e;
            }
        }
    }

    /** Whether the server ended the stream within {@code wait}. */
    boolean endsWithin(Duration wait) {
        try {
            reader.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return !reader.isAlive();
    }

    /** The id of the last event taken, for a reconnection with Last-Event-ID. */
    long lastId() {
        return seen.isEmpty() ? 0 : seen.get(seen.size() - 1).id();
    }

    List<String> names() {
        return seen.stream().map(e -> e.id() + ":" + e.name()).toList();
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
