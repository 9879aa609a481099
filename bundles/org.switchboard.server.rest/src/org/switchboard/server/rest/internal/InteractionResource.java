package org.switchboard.server.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.AttachmentContent;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.InteractionView;

@Path("/interactions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public final class InteractionResource {

    private final ContactCenter center;
    private final Auth auth;

    InteractionResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    @GET
    public InteractionView interaction(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.interaction(auth.agent(authorization), id);
    }

    /** Picture {@code n} the customer sent, as the type found in its content; never rendered inline. */
    @GET
    @Path("attachments/{n}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("n") int n,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        AttachmentContent a = center.attachment(auth.agent(authorization), id, n);
        String safeName = a.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(a.bytes(), a.mediaType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"").build();
    }

    /**
     * The value of a secure call variable, for an agent on the call now. Not to be cached or kept; the
     * server audits the reveal by variable name, never the value.
     */
    @GET
    @Path("cad/{name}/secure-value")
    public Response secureValue(@PathParam("id") String id, @PathParam("name") String name,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String value = center.revealSecureValue(auth.agent(authorization), id, name);
        return Response.ok(new Answers.SecureValue(name, value)).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** 202: the outcome arrives on the caller's event stream with the same request id. */
    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response act(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String agentId = auth.agent(authorization);
        Requests.Action a = Json.read(body, Requests.Action.class);
        center.submit(agentId, id, new ActionCommand(a.action(), a.params(), a.requestId()));
        return Response.accepted(new Answers.Accepted(a.requestId(), id)).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
