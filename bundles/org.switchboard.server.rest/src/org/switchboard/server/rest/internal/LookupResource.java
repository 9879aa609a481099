package org.switchboard.server.rest.internal;

import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.switchboard.server.core.AgentConfiguration;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.QueueView;
import org.switchboard.server.rest.Role;

/** Directory, queues, the agents' configuration and the server's service state. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class LookupResource {

    private static final int MAX_QUERY = 100;

    private final ContactCenter center;
    private final Auth auth;

    LookupResource(ContactCenter center, Auth auth) {
        this.center = center;
        this.auth = auth;
    }

    @GET
    @Path("directory")
    public List<DirectoryEntry> directory(@QueryParam("q") String q,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.caller(authorization);
        if (q != null && q.length() > MAX_QUERY) {
            throw new ApiException(400, "invalid", "q is longer than " + MAX_QUERY + " characters.");
        }
        return center.directory(q);
    }

    @GET
    @Path("queues")
    public List<QueueView> queues(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.caller(authorization);
        return center.queues();
    }

    @GET
    @Path("configuration")
    public AgentConfiguration configuration(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.require(authorization, Set.of(Role.AGENT, Role.SUPERVISOR));
        return center.agentConfiguration();
    }

    @GET
    @Path("system")
    public Answers.SystemState system(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.caller(authorization);
        return new Answers.SystemState(center.serviceState().name());
    }
}
