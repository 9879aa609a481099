package org.switchboard.server.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.InteractionView;

@Path("/agents/{id}")
@Produces(MediaType.APPLICATION_JSON)
public final class AgentResource {

    private final ContactCenter center;
    private final Auth auth;

    AgentResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    @GET
    public AgentView agent(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.mayRead(authorization, id);
        return center.agent(id);
    }

    /** READY, NOT_READY with a reason code, or LOGGED_OUT; the answer shows a pending change. */
    @PUT
    @Path("state")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgentView changeState(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.self(authorization, id);
        Requests.StateChange change = Json.read(body, Requests.StateChange.class);
        return center.changeState(id, change.state(), change.reasonCode());
    }

    @GET
    @Path("interactions")
    public List<InteractionView> interactions(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.mayRead(authorization, id);
        return center.interactionsOf(id);
    }
}
