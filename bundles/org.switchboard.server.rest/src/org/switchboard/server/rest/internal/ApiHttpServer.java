package org.switchboard.server.rest.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngine;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Jetty server the API is served by. CXF would make one itself, with its own HTML error pages
 * and no way to see a request before it parses it; this one is handed to CXF's engine for the port
 * before the API is created, so the API's endpoint lands in it, and then started behind the
 * {@link HttpEdge} with {@link JsonErrorPages}.
 */
public final class ApiHttpServer {

    private final Server server = new Server();
    private final int port;

    private ApiHttpServer(Bus bus, String host, int port) {
        this.port = port;
        JettyHTTPServerEngineFactory engines = bus.getExtension(JettyHTTPServerEngineFactory.class);
        if (engines.retrieveJettyHTTPServerEngine(port) != null) {
            throw new IllegalStateException("port " + port + " is already served");
        }
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setReuseAddress(true);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrorPages());
        try {
            JettyHTTPServerEngine engine = engines.createJettyHTTPServerEngine(host, port, "http");
            engine.setServer(server);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot prepare the HTTP server on port " + port, e);
        }
    }

    /** A server for {@code host:port} that CXF's endpoints for that port will be added to; not yet listening. */
    public static ApiHttpServer prepare(Bus bus, String host, int port) {
        return new ApiHttpServer(bus, host, port);
    }

    /** Puts the edge in front of what CXF added and starts listening. */
    public void start() {
        HttpEdge edge = new HttpEdge();
        edge.setHandler(server.getHandler());
        server.setHandler(edge);
        try {
            server.start();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("the HTTP server did not start", e);
        }
    }

    /** Stops listening and forgets CXF's engine for the port, so that a server can be started on it again. */
    public void stop() {
        try {
            server.stop();
            JettyHTTPServerEngineFactory.destroyForPort(port);
        } catch (Exception e) {
            System.getLogger(ApiHttpServer.class.getName()).log(System.Logger.Level.WARNING,
                    "the HTTP server did not stop cleanly", e);
        }
    }
}
