package org.switchboard.server.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.FollowUpRequest;
import org.switchboard.server.core.FollowUpView;
import org.switchboard.server.core.InteractionView;

/**
 * The agent's own calendar of follow-up activities: list, schedule, mark done, remove, call back, and
 * export as iCalendar. Reminders arrive on the agent's event stream as {@code reminder} events.
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
public final class CalendarResource {

    private final ContactCenter center;
    private final Auth auth;

    CalendarResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    @GET
    @Path("follow-ups")
    public List<FollowUpView> followUps(@QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.calendar().followUps(auth.agent(authorization), instant("from", from), instant("to", to));
    }

    /** 201 with the follow-up scheduled. */
    @POST
    @Path("follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String agentId = auth.agent(authorization);
        FollowUpView f = center.calendar().schedule(agentId, Json.read(body, FollowUpRequest.class));
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(f).build();
    }

    @GET
    @Path("follow-ups/{id}")
    public FollowUpView followUp(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.calendar().followUp(auth.agent(authorization), id);
    }

    @POST
    @Path("follow-ups/{id}/done")
    public FollowUpView done(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.calendar().complete(auth.agent(authorization), id);
    }

    @DELETE
    @Path("follow-ups/{id}")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        center.calendar().cancel(auth.agent(authorization), id);
        return Response.noContent().build();
    }

    /** 201 with the call placed to the follow-up's contact, as {@code POST /calls} answers. */
    @POST
    @Path("follow-ups/{id}/call-back")
    public Response callBack(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        InteractionView call = center.calendar().callBack(auth.agent(authorization), id);
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(call).build();
    }

    @GET
    @Path("export")
    @Produces({ "text/calendar", MediaType.APPLICATION_JSON })
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String ics = ICalendarExport.of(followUps(from, to, authorization));
        return Response.ok(ics, ICalendarExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"follow-ups.ics\"").build();
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "invalid", name + " must be an instant such as 2026-03-01T09:00:00Z");
        }
    }
}
