package org.switchboard.server.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlWsdl;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.soap.internal.CallControlService;

/**
 * The CTI call-control SOAP endpoint of a contact center, served by CXF (Jetty transport) on the
 * loopback interface only, at {@value #PATH}. The endpoint is built from the contract's WSDL
 * ({@link CallControlWsdl}), which is also what {@code ?wsdl} publishes.
 */
public final class SoapServer implements SoapEndpoint, AutoCloseable {

    public static final String PATH = "/soap/callcontrol";

    private final URI address;
    private final Server server;

    private SoapServer(URI address, Server server) {
        this.address = address;
        this.server = server;
    }

    /** Starts serving on {@code 127.0.0.1:port}; port 0 picks a free one. */
    public static SoapServer start(ContactCenter center, int port) {
        int bound = port == 0 ? freePort() : port;
        URI address = URI.create("http://127.0.0.1:" + bound + PATH);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setServiceClass(CallControl.class);
        factory.setServiceBean(new CallControlService(center));
        factory.setWsdlURL(CallControlWsdl.location().toExternalForm());
        factory.setServiceName(CallControl.SERVICE);
        factory.setEndpointName(CallControl.PORT);
        factory.setAddress(address.toString());
        return new SoapServer(address, factory.create());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public void close() {
        server.stop();
        server.destroy();
    }
}
