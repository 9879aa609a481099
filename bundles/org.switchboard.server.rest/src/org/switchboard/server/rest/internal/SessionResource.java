package org.switchboard.server.rest.internal;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.Session;
import org.switchboard.server.rest.Role;
import org.switchboard.server.rest.StaffAccount;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final ContactCenter center;
    private final Auth auth;
    private final StaffSessions staff;
    private final LoginThrottle throttle;
    private final EventStreams streams;

    SessionResource(ContactCenter center, Auth auth, StaffSessions staff, LoginThrottle throttle,
            EventStreams streams) {
        this.center = center;
        this.auth = auth;
        this.staff = staff;
        this.throttle = throttle;
        this.streams = streams;
    }

    /**
     * Agent id and password for a bearer token; the agent is logged in, Not Ready. A staff account
     * (supervisor, administrator, simulator) logs in the same way, its id as {@code agentId}. After
     * repeated failures to one id from one address, logins to it from there are refused for a while (429).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Answers.Token login(String body, @Context HttpServletRequest request) {
        Requests.Login login = Json.read(body, Requests.Login.class);
        String id = login.agentId();
        String from = request == null ? null : request.getRemoteAddr();
        throttle.check(id, from);
        try {
            Answers.Token token = staff.isStaff(id) ? staffLogin(id, login.password())
                    : tokenOf(center.login(id, login.password()));
            throttle.succeeded(id, from);
            return token;
        } catch (ApiException refused) {
            if (refused.status == 401) {
                throttle.failed(id, from);
            }
            throw refused;
        } catch (ServerRefusal refused) {
            if (refused.reason() == ServerRefusal.Reason.UNAUTHORIZED) {
                throttle.failed(id, from);
            }
            throw refused;
        }
    }

    private static Answers.Token tokenOf(Session s) {
        return new Answers.Token(s.agentId(), s.token(), Role.AGENT.name());
    }

    /** A supervisor is present for its team from its first session on. */
    private Answers.Token staffLogin(String id, String password) {
        String token = staff.login(id, password);
        StaffAccount account = staff.of(token).orElseThrow();
        if (account.role() == Role.SUPERVISOR) {
            center.team().join(id, account.name(), account.teamId());
        }
        return new Answers.Token(id, token, account.role().name());
    }

    /**
     * Logs the caller out; while an agent is busy the logout is pending and the session stays. A staff
     * session ends at once (204).
     */
    @DELETE
    @Path("current")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<StaffAccount> left = staff.logout(Auth.token(authorization));
        if (left.isPresent()) {
            StaffAccount account = left.get();
            if (account.role() == Role.SUPERVISOR && !staff.hasSessions(account.id())) {
                center.team().leave(account.id());
                streams.end(account.id());
            }
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
