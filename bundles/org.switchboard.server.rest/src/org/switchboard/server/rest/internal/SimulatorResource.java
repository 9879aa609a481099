package org.switchboard.server.rest.internal;

import java.util.Map;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.CustomerSimulator;

/** The customers' side, for demos and tests: calls and chats arrive, customers write and hang up. */
@Path("/sim")
@Produces(MediaType.APPLICATION_JSON)
public final class SimulatorResource {

    private final CustomerSimulator sim;
    private final Auth auth;

    SimulatorResource(ContactCenter center, Auth auth) {
        this.sim = center.simulator();
        this.auth = auth;
    }

    @POST
    @Path("calls")
    public Response call(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.agent(authorization);
        Requests.Inject in = Json.read(body, Requests.Inject.class);
        String id = sim.injectCall(in.queueId(), new Caller(in.callerName(), in.callerNumber()), cad(in));
        return created(id);
    }

    @POST
    @Path("chats")
    public Response chat(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.agent(authorization);
        Requests.Inject in = Json.read(body, Requests.Inject.class);
        String id = sim.injectChat(in.queueId(), new Caller(in.callerName(), in.callerNumber()), cad(in));
        return created(id);
    }

    @POST
    @Path("interactions/{id}/hangup")
    public Response hangUp(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.agent(authorization);
        sim.hangUp(id);
        return Response.noContent().build();
    }

    @POST
    @Path("interactions/{id}/messages")
    public Response message(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.agent(authorization);
        sim.sendChat(id, Json.read(body, Requests.ChatText.class).text());
        return Response.noContent().build();
    }

    private static Map<String, String> cad(Requests.Inject in) {
        return in.cad() == null ? Map.of() : in.cad();
    }

    private static Response created(String id) {
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(new Answers.Created(id)).build();
    }
}
