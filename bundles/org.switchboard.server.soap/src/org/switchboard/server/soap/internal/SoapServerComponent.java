package org.switchboard.server.soap.internal;

import java.net.URI;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.soap.SoapEndpoint;
import org.switchboard.server.soap.SoapServer;

/**
 * Serves the contact center's call-control SOAP endpoint while both are active. The port comes from
 * the framework property {@code switchboard.soap.port} (default 8472; 0 picks a free port).
 */
@Component(service = SoapEndpoint.class, immediate = true)
public final class SoapServerComponent implements SoapEndpoint {

    static final String PORT_PROPERTY = "switchboard.soap.port";
    static final int DEFAULT_PORT = 8472;

    private SoapServer server;

    @Activate
    public SoapServerComponent(@Reference ContactCenter center, BundleContext context) {
        String port = context.getProperty(PORT_PROPERTY);
        server = SoapServer.start(center, port == null ? DEFAULT_PORT : Integer.parseInt(port.strip()));
    }

    @Deactivate
    void deactivate() {
        server.close();
        server = null;
    }

    @Override
    public URI address() {
        return server.address();
    }
}
