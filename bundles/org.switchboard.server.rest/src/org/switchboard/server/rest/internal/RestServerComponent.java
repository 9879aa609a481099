package org.switchboard.server.rest.internal;

import java.net.URI;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.server.rest.RestServer;

/**
 * Serves the contact center's REST API while both are active. The port comes from the framework
 * property {@code switchboard.server.port} (default 8471; 0 picks a free port).
 */
@Component(service = RestEndpoint.class, immediate = true)
public final class RestServerComponent implements RestEndpoint {

    static final String PORT_PROPERTY = "switchboard.server.port";
    static final int DEFAULT_PORT = 8471;

    private RestServer server;

    @Activate
    public RestServerComponent(@Reference ContactCenter center, BundleContext context) {
        String port = context.getProperty(PORT_PROPERTY);
        server = RestServer.start(center, port == null ? DEFAULT_PORT : Integer.parseInt(port.strip()),
                RestServer.DEFAULT_HEARTBEAT);
    }

    @Deactivate
    void deactivate() {
        server.close();
        server = null;
    }

    @Override
    public AutoCloseable mount(String segment, Object resource) {
        return server.mount(segment, resource);
    }

    @Override
    public URI baseUri() {
        return server.baseUri();
    }
}
