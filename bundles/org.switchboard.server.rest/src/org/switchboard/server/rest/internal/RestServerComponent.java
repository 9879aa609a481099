package org.switchboard.server.rest.internal;

import java.net.URI;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.Access;
import org.switchboard.server.rest.RestEndpoint;
import org.switchboard.server.rest.RestServer;

/**
 * Serves the contact center's REST API, answering 503 until the contact center is there. The port
 * comes from the framework property {@code switchboard.server.port} (default 8471; 0 picks a free port).
 */
@Component(service = RestEndpoint.class, immediate = true)
public final class RestServerComponent implements RestEndpoint {

    static final String PORT_PROPERTY = "switchboard.server.port";
    static final int DEFAULT_PORT = 8471;

    private final StartingContactCenter center = new StartingContactCenter();
    private RestServer server;

    @Activate
    public RestServerComponent(BundleContext context) {
        String port = context.getProperty(PORT_PROPERTY);
        server = RestServer.start(center.contactCenter(), port == null ? DEFAULT_PORT : Integer.parseInt(port.strip()),
                RestServer.DEFAULT_HEARTBEAT);
    }

    /** The contact center starts after the API (on its store): until then requests are answered 503. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "contactCenterGone")
    void contactCenterArrived(ContactCenter c) {
        center.arrived(c);
    }

    void contactCenterGone(ContactCenter c) {
        center.gone(c);
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
    public Access access() {
        return server.access();
    }

    @Override
    public URI baseUri() {
        return server.baseUri();
    }
}
