package org.switchboard.server.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.Session;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final ContactCenter center;
    private final Auth auth;
    private final StaffSessions staff;
    private final EventStreams streams;

    SessionResource(ContactCenter center, Auth auth, StaffSessions staff, EventStreams streams) {
        this.center = center;
        this.auth = auth;
        this.staff = staff;
        this.streams = streams;
    }

    /**
     * Agent id and password for a bearer token; the agent is logged in, Not Ready. A staff account
     * (supervisor, administrator, simulator) logs in the same way, its id as {@code agentId}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Answers.Token login(String body) {
        Requests.Login login = Json.read(body, Requests.Login.class);
        if (staff.isStaff(login.agentId())) {
            return new Answers.Token(login.agentId(), staff.login(login.agentId(), login.password()));
        }
        Session s = center.login(login.agentId(), login.password());
        return new Answers.Token(s.agentId(), s.token());
    }

    /**
     * Logs the caller out; while an agent is busy the logout is pending and the session stays. A staff
     * session ends at once (204).
     */
    @DELETE
    @Path("current")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (staff.logout(Auth.token(authorization))) {
            return Response.noContent().build();
        }
        String agentId = auth.agent(authorization);
        AgentView view = center.logout(agentId);
        if ("LOGGED_OUT".equals(view.availability())) {
            streams.end(agentId);
        }
        return Response.ok(view).build();
    }
}
