package org.switchboard.server.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import javax.ws.rs.ext.RuntimeDelegate;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.impl.RuntimeDelegateImpl;
import org.apache.cxf.jaxrs.sse.SseFeature;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.internal.Api;
import org.switchboard.server.rest.internal.ApiHttpServer;
import org.switchboard.server.rest.internal.EventStreams;
import org.switchboard.server.rest.internal.MountedResources;

/**
 * The REST API and event streams of a contact center, served by CXF (Jetty transport) on the
 * loopback interface only, under {@code /api/v1}.
 */
public final class RestServer implements RestEndpoint, AutoCloseable {

    /** How often an idle event stream carries a heartbeat comment: desktops count 3 s of silence as a lost stream. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(1);

    private final URI baseUri;
    private final Server server;
    private final ApiHttpServer http;
    private final Access access;
    private final EventStreams streams;

    private final List<Class<?>> resourceClasses;
    private final MountedResources mounts;

    private RestServer(URI baseUri, Server server, ApiHttpServer http, Access access, EventStreams streams,
            List<Class<?>> resourceClasses, MountedResources mounts) {
        this.baseUri = baseUri;
        this.http = http;
        this.access = access;
        this.mounts = mounts;
        this.server = server;
        this.streams = streams;
        this.resourceClasses = List.copyOf(resourceClasses);
    }

    /** The JAX-RS resource classes this server serves (what its OpenAPI document must describe). */
    public List<Class<?>> resourceClasses() {
        return resourceClasses;
    }

    /** The class of each resource other bundles mounted (see {@link #mount}), by the path segment it is served at. */
    public java.util.Map<String, Class<?>> mountedResourceClasses() {
        return mounts.classes();
    }

    /** Starts serving on {@code 127.0.0.1:port} with the demo's staff accounts; port 0 picks a free one. */
    public static RestServer start(ContactCenter center, int port, Duration heartbeat) {
        return start(center, port, heartbeat, StaffAccount.demo());
    }

    /** Starts serving on {@code 127.0.0.1:port}, these staff accounts logging in beside the agents. */
    public static RestServer start(ContactCenter center, int port, Duration heartbeat, List<StaffAccount> staff) {
        useCxfRuntimeDelegate();
        int bound = port == 0 ? freePort() : port;
        URI base = URI.create("http://127.0.0.1:" + bound + "/api/v1/");
        EventStreams streams = new EventStreams(center, heartbeat);
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(base.toString().substring(0, base.toString().length() - 1));
        Api api = new Api(center, streams, staff);
        List<Object> resources = api.resources();
        factory.setServiceBeans(resources);
        factory.setProviders(api.providers());
        factory.setFeatures(List.of(new SseFeature()));
        ApiHttpServer http = ApiHttpServer.prepare(factory.getBus(), base.getHost(), bound);
        Server server;
        try {
            server = factory.create();
            http.start();
        } catch (RuntimeException e) {
            http.stop();
            throw e;
        }
        return new RestServer(base, server, http, api.access(), streams,
                resources.stream().<Class<?>>map(Object::getClass).filter(c -> c != MountedResources.class).toList(),
                api.mounts());
    }

    /**
     * JAX-RS finds its {@code RuntimeDelegate} through a service file that its API bundle cannot see
     * in OSGi (it falls back to Jersey's class), and CXF needs it for every media type it writes.
     */
    private static void useCxfRuntimeDelegate() {
        try {
            RuntimeDelegate.getInstance();
        } catch (RuntimeException notFound) {
            RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public AutoCloseable mount(String segment, Object resource) {
        if (segment.isEmpty() || segment.contains("/") || !mounts.mount(segment, resource)) {
            throw new IllegalArgumentException("cannot mount a resource at " + segment);
        }
        return () -> mounts.unmount(segment, resource);
    }

    @Override
    public Access access() {
        return access;
    }

    /** Ends every event stream, then stops the HTTP endpoint. */
    @Override
    public void close() {
        streams.close();
        server.stop();
        server.destroy();
        http.stop();
    }
}
