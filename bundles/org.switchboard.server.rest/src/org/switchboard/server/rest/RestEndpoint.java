package org.switchboard.server.rest;

import java.net.URI;

/** Where the REST API of a running server answers, e.g. {@code http://127.0.0.1:8471/api/v1/}. */
public interface RestEndpoint {

    URI baseUri();

    /**
     * Serves a JAX-RS resource under {@code baseUri()/segment} (its methods' paths relative to it),
     * with the API's JSON and error answers, until the returned handle is closed. How an optional
     * bundle (the customer simulator) adds its endpoints without the API being restarted.
     *
     * @throws IllegalArgumentException when the segment is empty, has a slash or is taken
     */
    AutoCloseable mount(String segment, Object resource);

    /** The API's check of tokens and roles, for mounted resources. */
    Access access();
}
