package org.switchboard.server.rest;

import java.util.Set;

/** Who a request's {@code Authorization} header belongs to, for resources other bundles mount on the API. */
public interface Access {

    /**
     * Returns the caller's id; refuses with 401 without a valid bearer token and with 403 unless the
     * caller has one of {@code roles}.
     */
    String require(String authorization, Set<Role> roles);
}
