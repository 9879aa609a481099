package org.switchboard.server.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.EmailQueueView;
import org.switchboard.server.core.InteractionView;

/**
 * The email queues an agent sees (its services' team queues and its personal queue) and retrieving
 * an email from them. The email's own actions (accept, reply, close, draft, transfer, wrap-up) are
 * interaction actions.
 */
@Path("/email")
@Produces(MediaType.APPLICATION_JSON)
public final class EmailResource {

    private final ContactCenter center;
    private final Auth auth;

    EmailResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    @GET
    @Path("queues")
    public List<EmailQueueView> queues(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.emails().queues(auth.agent(authorization));
    }

    /** The agent takes the email and works on it at once; it also arrives on the agent's stream. */
    @POST
    @Path("{id}/retrieve")
    public InteractionView retrieve(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return center.emails().retrieve(auth.agent(authorization), id);
    }
}
