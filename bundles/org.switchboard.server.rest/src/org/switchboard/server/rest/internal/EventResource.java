package org.switchboard.server.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.SseEventSink;

/**
 * The caller's event stream. Without {@code Last-Event-ID} it starts with a snapshot; with one it
 * replays what followed, or sends a snapshot first when those events are no longer kept.
 */
@Path("/events")
public final class EventResource {

    private final Auth auth;
    private final EventStreams streams;

    EventResource(Auth auth, EventStreams streams) {
        this.auth = auth;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId, @Context SseEventSink sink) {
        String agentId = auth.agent(authorization);
        Long last = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                last = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "invalid", "Last-Event-ID must be an event id.");
            }
        }
        streams.open(agentId, last, sink);
    }
}
