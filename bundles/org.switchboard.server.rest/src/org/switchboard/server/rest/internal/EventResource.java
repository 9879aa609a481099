package org.switchboard.server.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.sse.SseEventSink;

import org.switchboard.server.rest.Role;

/**
 * The caller's event stream. Without {@code Last-Event-ID} it starts with a snapshot; with one it
 * replays what followed, or sends a snapshot first when those events are no longer kept.
 */
@Path("/events")
public final class EventResource {

    private final Auth auth;
    private final EventStreams streams;
    private final StreamTickets tickets;

    EventResource(Auth auth, EventStreams streams, StreamTickets tickets) {
        this.auth = auth;
        this.streams = streams;
        this.tickets = tickets;
    }

    /**
     * The caller's stream, authorized by its bearer token, or by a {@code ticket} (for clients that
     * cannot set headers) when there is no {@code Authorization} header.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("ticket") String ticket, @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @Context SseEventSink sink) {
        Caller caller = authorization == null && ticket != null ? Caller.agent(tickets.redeem(ticket))
                : auth.caller(authorization);
        if (caller.role() != Role.AGENT && caller.role() != Role.SUPERVISOR) {
            throw new ApiException(403, "forbidden", "Only an agent or a supervisor has an event stream.");
        }
        Long last = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                last = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "invalid", "Last-Event-ID must be an event id.");
            }
        }
        if (caller.role() == Role.SUPERVISOR) {
            streams.openTeam(caller.id(), last, sink);
        } else {
            streams.open(caller.id(), last, sink);
        }
    }

    /** 201: a single-use ticket that opens the caller's stream within its lifetime. */
    @POST
    @Path("tickets")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ticket(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String agentId = auth.agent(authorization);
        String ticket = tickets.issue(agentId, Auth.token(authorization));
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Answers.StreamTicket(ticket, StreamTickets.LIFETIME.toSeconds())).build();
    }
}
