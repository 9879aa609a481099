package org.switchboard.connector.rest.tests;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

/** The loopback server's resource: JSON in and out, and an event stream that honours Last-Event-ID. */
@Path("/agents")
public class AgentResource {

    static final String TOKEN = "t0k3n-for-agent-a1";
    static final Instant SINCE = Instant.parse("2025-03-01T08:30:00Z");
    static final int EVENT_COUNT = 5;

    final List<StateChange> received = new CopyOnWriteArrayList<>();
    final List<String> lastEventIdsSeen = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final List<String> authorizationsSeen = new CopyOnWriteArrayList<>();
    private final ExecutorService publisher = Executors.newSingleThreadExecutor();

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public AgentStatus status(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(authorization);
        if (!"a1".equals(id)) {
            throw new NotFoundException("no agent " + id);
        }
        return new AgentStatus(id, "READY", SINCE, 2);
    }

    @POST
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AgentStatus changeState(@PathParam("id") String id, StateChange change,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(authorization);
        received.add(change);
        return new AgentStatus(id, change.state(), SINCE.plusSeconds(60), 0);
    }

    /**
     * Sends the events after the client's Last-Event-ID, ids up to EVENT_COUNT, then ends the
     * stream. With {@code dropFirstAfter}, the first connection ends after that id instead, as a
     * dropped connection would.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") String id, @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @QueryParam("dropFirstAfter") @DefaultValue("0") int dropFirstAfter,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context SseEventSink sink, @Context Sse sse) {
        authorize(authorization);
        lastEventIdsSeen.add(lastEventId == null ? "" : lastEventId);
        boolean first = connections.getAndIncrement() == 0;
        int from = lastEventId == null ? 1 : Integer.parseInt(lastEventId) + 1;
        int to = first && dropFirstAfter > 0 ? dropFirstAfter : EVENT_COUNT;
        publisher.execute(() -> {
            try (sink) {
                for (int n = from; n <= to; n++) {
                    OutboundSseEvent event = sse.newEventBuilder()
                            .id(Integer.toString(n))
                            .name("agent-state")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(AgentStatus.class, new AgentStatus(id, "STATE-" + n, SINCE.plusSeconds(n), n))
                            .build();
                    sink.send(event).toCompletableFuture().join();
                }
            }
        });
    }

    void shutdown() {
        publisher.shutdownNow();
    }

    private void authorize(String authorization) {
        authorizationsSeen.add(authorization == null ? "" : authorization);
        if (!("Bearer " + TOKEN).equals(authorization)) {
            throw new NotAuthorizedException("Bearer");
        }
    }
}
