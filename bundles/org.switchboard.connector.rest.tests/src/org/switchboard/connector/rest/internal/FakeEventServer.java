package org.switchboard.connector.rest.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

/**
 * A server that speaks Switchboard's API just enough for a session, and whose event stream sends
 * the events a test gives it as they are, well formed or not, then stays open and silent.
 */
@Path("/")
public class FakeEventServer {

    /** One event as it goes on the wire; {@code data} is sent verbatim. */
    record RawEvent(String id, String name, String data) {
    }

    private final List<RawEvent> events;
    final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    final List<SseEventSink> sinks = new CopyOnWriteArrayList<>();
    /** What {@code GET system} answers. */
    volatile String serviceState = "IN_SERVICE";
    final java.util.concurrent.atomic.AtomicInteger systemRequests = new java.util.concurrent.atomic.AtomicInteger();

    FakeEventServer(List<RawEvent> events) {
        this.events = events;
    }

    @POST
    @Path("sessions")
    @Produces(MediaType.APPLICATION_JSON)
    public String login(String body) {
        return "{\"agentId\":\"a1\",\"token\":\"fake-token\"}";
    }

    @GET
    @Path("system")
    @Produces(MediaType.APPLICATION_JSON)
    public String system() {
        systemRequests.incrementAndGet();
        return "{\"state\":\"" + serviceState + "\"}";
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId, @Context SseEventSink sink,
            @Context Sse sse) {
        lastEventIds.add(lastEventId == null ? "" : lastEventId);
        sinks.add(sink);
        long after = lastEventId == null ? 0 : Long.parseLong(lastEventId);
        // A comment first, so the answer's headers go out even when there is nothing to replay.
        sink.send(sse.newEventBuilder().comment("connected").build()).toCompletableFuture().join();
        for (RawEvent e : events) {
            if (Long.parseLong(e.id()) > after) {
                sink.send(sse.newEventBuilder().id(e.id()).name(e.name()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                        .data(String.class, e.data()).build()).toCompletableFuture().join();
            }
        }
    }

    static String agentEvent(long id, String type, String state) {
        return "{\"id\":" + id + ",\"type\":\"" + type + "\",\"requestId\":null,\"data\":" + agent(state) + "}";
    }

    static String snapshot(long id, String state) {
        return "{\"id\":" + id + ",\"type\":\"snapshot\",\"requestId\":null,\"data\":{\"agent\":" + agent(state)
                + ",\"interactions\":[]}}";
    }

    private static String agent(String state) {
        return "{\"id\":\"a1\",\"name\":\"Ava Reyes\",\"state\":\"" + state + "\",\"availability\":\"" + state
                + "\",\"reasonCode\":null,\"pendingState\":null,\"pendingReasonCode\":null,\"offers\":[],"
                + "\"interactions\":[],\"wrapUps\":[],\"allowedActions\":[]}";
    }
}
