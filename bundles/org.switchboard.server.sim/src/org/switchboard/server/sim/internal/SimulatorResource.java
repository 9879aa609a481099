package org.switchboard.server.sim.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.core.chat.AttachmentPolicy;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.CustomerSimulator;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.rest.Access;
import org.switchboard.server.rest.Role;
import org.switchboard.server.rest.internal.ApiException;
import org.switchboard.server.rest.internal.Json;

/**
 * The customers' side, for demos and tests: calls, chats and callbacks arrive, customers write, answer
 * and hang up. Served under {@code /api/v1/sim} while the simulator runs; a production server has none.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class SimulatorResource {

    /** One byte over the core's picture limit: enough to refuse a larger one by size. */
    private static final int MAX_PICTURE = (int) AttachmentPolicy.pictures().maxBytes();

    /** Who may drive the customers: the simulator's account and administrators, never an agent. */
    private static final Set<Role> DRIVERS = Set.of(Role.SIMULATOR, Role.ADMINISTRATOR);

    private final CustomerSimulator sim;
    private final Access access;

    public SimulatorResource(ContactCenter center, Access access) {
        this.sim = center.simulator();
        this.access = access;
    }

    @POST
    @Path("calls")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response call(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        SimRequests.Inject in = Json.read(body, SimRequests.Inject.class);
        String id = sim.injectCall(in.queueId(), new Caller(in.callerName(), in.callerNumber()), cad(in));
        return created(id);
    }

    @POST
    @Path("chats")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response chat(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        SimRequests.Inject in = Json.read(body, SimRequests.Inject.class);
        Caller caller = new Caller(in.callerName(), in.callerNumber());
        String id = in.phoneNumber() == null && in.location() == null ? sim.injectChat(in.queueId(), caller, cad(in))
                : sim.injectMobileChat(in.queueId(), caller, cad(in), new MobileView(in.phoneNumber(), in.location()));
        return created(id);
    }

    @POST
    @Path("callbacks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response callback(String body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        SimRequests.InjectCallback in = Json.read(body, SimRequests.InjectCallback.class);
        return created(sim.injectCallback(in.queueId(), in.type(), in.customerName(), in.customerNumber(), in.dnis()));
    }

    /** The customer picks up the callback the agent's answer dialled. */
    @POST
    @Path("interactions/{id}/callback-answered")
    public Response callbackAnswered(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        sim.callbackAnswered(id);
        return Response.noContent().build();
    }

    /** The customer of an outbound call picks up: agent and customer are connected. */
    @POST
    @Path("interactions/{id}/outbound-answered")
    public Response outboundAnswered(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        sim.outboundAnswered(id);
        return Response.noContent().build();
    }

    /** The customer does not pick up: the callback returns to its queue. */
    @POST
    @Path("interactions/{id}/callback-missed")
    public Response callbackMissed(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        sim.callbackMissed(id);
        return Response.noContent().build();
    }

    /**
     * The customer sends a picture: the body is its bytes, {@code Content-Type} the type it is sent as,
     * {@code name} its file name. Read up to the largest picture allowed and no further.
     */
    @POST
    @Path("interactions/{id}/pictures")
    @Consumes(MediaType.WILDCARD)
    public Response picture(@PathParam("id") String id, @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws IOException {
        access.require(authorization, DRIVERS);
        if (contentType == null || contentType.isBlank()) {
            throw new ApiException(400, "invalid", "Content-Type is required: the type the picture is sent as.");
        }
        byte[] bytes = body.readNBytes(MAX_PICTURE + 1);
        sim.sendPicture(id, name, contentType, bytes);
        return Response.noContent().build();
    }

    @POST
    @Path("interactions/{id}/hangup")
    public Response hangUp(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        sim.hangUp(id);
        return Response.noContent().build();
    }

    @POST
    @Path("interactions/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response message(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        sim.sendChat(id, Json.read(body, SimRequests.ChatText.class).text());
        return Response.noContent().build();
    }

    /** The customer is typing ({@code {"typing":true}}, repeated while it lasts) or stopped ({@code false}). */
    @POST
    @Path("interactions/{id}/typing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response typing(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, DRIVERS);
        SimRequests.Typing in = Json.read(body, SimRequests.Typing.class);
        if (in.typing() == null) {
            throw new ApiException(400, "invalid", "typing (true or false) is required.");
        }
        sim.customerTyping(id, in.typing());
        return Response.noContent().build();
    }

    private static Map<String, String> cad(SimRequests.Inject in) {
        return in.cad() == null ? Map.of() : in.cad();
    }

    private static Response created(String id) {
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(new SimRequests.Created(id)).build();
    }
}
