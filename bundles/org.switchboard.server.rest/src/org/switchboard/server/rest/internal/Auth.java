package org.switchboard.server.rest.internal;

import org.switchboard.server.core.ContactCenter;

/** Turns the {@code Authorization: Bearer} header into the agent it belongs to, or 401. */
public final class Auth {

    private static final String BEARER = "Bearer ";

    private final ContactCenter center;

    public Auth(ContactCenter center) {
        this.center = center;
    }

    public String agent(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(401, "unauthorized", "A bearer token is required.");
        }
        return center.agentOf(authorization.substring(BEARER.length()).strip())
                .orElseThrow(() -> new ApiException(401, "unauthorized", "The token is not valid."));
    }

    /** The caller, who must be {@code agentId}: agents see and change only themselves. */
    String self(String authorization, String agentId) {
        String caller = agent(authorization);
        if (!caller.equals(agentId)) {
            throw new ApiException(403, "forbidden", "An agent may act only on itself.");
        }
        return caller;
    }
}
