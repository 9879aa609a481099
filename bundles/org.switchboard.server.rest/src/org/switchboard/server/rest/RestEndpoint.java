package org.switchboard.server.rest;

import java.net.URI;

/** Where the REST API of a running server answers, e.g. {@code http://127.0.0.1:8471/api/v1/}. */
public interface RestEndpoint {

    URI baseUri();
}
