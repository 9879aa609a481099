package org.switchboard.server.rest.internal;

import java.util.Set;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.Access;
import org.switchboard.server.rest.Role;

/**
 * Turns the {@code Authorization: Bearer} header into its caller (401 without a valid one) and
 * checks what the caller's role allows (403 otherwise).
 */
public final class Auth implements Access {

    private static final String BEARER = "Bearer ";

    private final ContactCenter center;
    private final StaffSessions staff;

    Auth(ContactCenter center, StaffSessions staff) {
        this.center = center;
        this.staff = staff;
    }

    public Caller caller(String authorization) {
        String token = token(authorization);
        return staff.of(token).map(s -> new Caller(s.id(), s.role(), s.teamId()))
                .or(() -> center.agentOf(token).map(Caller::agent))
                .orElseThrow(() -> new ApiException(401, "unauthorized", "The token is not valid."));
    }

    static String token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(401, "unauthorized", "A bearer token is required.");
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** The caller, who must be an agent: only agents take and act on interactions. */
    public String agent(String authorization) {
        Caller caller = caller(authorization);
        if (caller.role() != Role.AGENT) {
            throw new ApiException(403, "forbidden", "Only an agent can do this.");
        }
        return caller.id();
    }

    /** The caller, who must be {@code agentId}: agents see and change only themselves. */
    String self(String authorization, String agentId) {
        String caller = agent(authorization);
        if (!caller.equals(agentId)) {
            throw new ApiException(403, "forbidden", "An agent may act only on itself.");
        }
        return caller;
    }

    /** Agent {@code agentId} itself, a supervisor of its team, or an administrator; 403 for anyone else. */
    void mayRead(String authorization, String agentId) {
        Caller caller = caller(authorization);
        boolean allowed = switch (caller.role()) {
            case AGENT -> caller.id().equals(agentId);
            case SUPERVISOR -> caller.teamId().equals(center.teamOf(agentId));
            case ADMINISTRATOR -> true;
            case SIMULATOR, KNOWLEDGE_MANAGER -> false;
        };
        if (!allowed) {
            throw new ApiException(403, "forbidden",
                    "An agent reads only itself, a supervisor the agents of its team, an administrator any agent.");
        }
    }

    @Override
    public String require(String authorization, Set<Role> roles) {
        Caller caller = caller(authorization);
        if (!roles.contains(caller.role())) {
            throw new ApiException(403, "forbidden", "This needs the role " + roles.stream().map(Role::name)
                    .map(String::toLowerCase).sorted().reduce((a, b) -> a + " or " + b).orElse("none") + ".");
        }
        return caller.id();
    }
}
