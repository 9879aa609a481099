package org.switchboard.server.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.InteractionView;

/** Calls the agent places: outbound to a dial number, internal to another agent. */
@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
public final class CallResource {

    private final ContactCenter center;
    private final Auth auth;

    CallResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    /** 201 with the new call as the caller sees it; a refusal (agent state, number, called agent) names its rule. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String agentId = auth.agent(authorization);
        Requests.PlaceCall in = Json.read(body, Requests.PlaceCall.class);
        InteractionView call = center.placeCall(agentId, in.kind(), in.to());
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(call).build();
    }
}
