package org.switchboard.server.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.HelpRequestView;
import org.switchboard.server.core.SupervisedCallView;
import org.switchboard.server.core.TeamMemberView;
import org.switchboard.server.rest.Role;

/**
 * The team functions: a supervisor reads its team's agents and help requests and takes one, and
 * listens to its agents' calls (monitor, whisper, barge); an agent
 * raises a help request or flags an interaction for review. Live changes arrive on the caller's
 * event stream.
 */
@Path("/team")
@Produces(MediaType.APPLICATION_JSON)
public final class TeamResource {

    private final ContactCenter center;
    private final Auth auth;

    TeamResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    @GET
    @Path("members")
    public List<TeamMemberView> members(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.team().members(supervisor(authorization).teamId());
    }

    @GET
    @Path("help-requests")
    public List<HelpRequestView> helpRequests(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.team().helpRequests(supervisor(authorization).teamId());
    }

    /** 201: the agent's request for help with an interaction it works on now, sent to its team's supervisors. */
    @POST
    @Path("help-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raiseHelp(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return raised(body, authorization, center.team()::raiseHelp);
    }

    /** 201: an interaction the agent worked on, flagged for its supervisors to review. */
    @POST
    @Path("review-flags")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flagForReview(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return raised(body, authorization, center.team()::flagForReview);
    }

    /** The supervisor takes the request; 409 when another took it first. */
    @POST
    @Path("help-requests/{id}/take")
    public HelpRequestView take(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = supervisor(authorization);
        return center.team().take(caller.id(), caller.teamId(), id);
    }

    /** A supervisor of the team, or the agent who raised it, closes the request. */
    @POST
    @Path("help-requests/{id}/close")
    public HelpRequestView close(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = auth.caller(authorization);
        String teamId = switch (caller.role()) {
            case SUPERVISOR -> caller.teamId();
            case AGENT -> center.teamOf(caller.id());
            default -> throw new ApiException(403, "forbidden", "Only an agent or a supervisor closes a help request.");
        };
        return center.team().close(caller.id(), teamId, id);
    }

    /** The supervisor listens to a call of its team's agents: MONITOR, WHISPER or BARGE; again to change the mode. */
    @PUT
    @Path("calls/{id}/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    public SupervisedCallView supervise(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = supervisor(authorization);
        Requests.Supervision request = Json.read(body, Requests.Supervision.class);
        return center.team().supervise(caller.id(), caller.teamId(), id, request.mode());
    }

    /** 204: the supervisor has left the call (also when it was not on it). */
    @DELETE
    @Path("calls/{id}/supervision")
    public Response stopSupervising(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        center.team().stopSupervising(supervisor(authorization).id(), id);
        return Response.noContent().build();
    }

    private Caller supervisor(String authorization) {
        Caller caller = auth.caller(authorization);
        if (caller.role() != Role.SUPERVISOR) {
            throw new ApiException(403, "forbidden", "Only a supervisor can do this.");
        }
        return caller;
    }

    /** How an agent raises a request: its id, the interaction, the note. */
    private interface Raising {
        HelpRequestView raise(String agentId, String interactionId, String note);
    }

    /** 201 with the request the calling agent raised. */
    private Response raised(String body, String authorization, Raising raising) {
        String agentId = auth.agent(authorization);
        Requests.HelpRequest request = Json.read(body, Requests.HelpRequest.class);
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(raising.raise(agentId, request.interactionId(), request.note())).build();
    }
}
