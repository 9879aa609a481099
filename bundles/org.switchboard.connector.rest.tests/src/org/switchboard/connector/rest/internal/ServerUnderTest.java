package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.knowledge.internal.LuceneKnowledgeBase;
import org.switchboard.server.knowledge.internal.rest.KnowledgeApi;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.soap.SoapServer;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.RecordingStore;

/**
 * The reference contact center with its REST API (and, when asked, its SOAP call control) on
 * loopback. {@link #stop()} and {@link #start()} take the REST endpoint down and bring it back on
 * the same port, as a restart of the server's front end does, while the contact center keeps its
 * sessions and event logs. A server on an H2 file ({@link #onFile(Path)}) can also be stopped whole
 * and started again on the same file and port, as a restart of the server's process does:
 * {@link #stopProcess()}, {@link #startProcess()}.
 */
final class ServerUnderTest implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofMillis(500);

    /** What an in-memory server saved; empty for a server on a file. */
    final RecordingStore store = new RecordingStore();
    /** The current contact center; a new one after {@link #startProcess()}. */
    volatile RunningContactCenter center;
    private final StoreSettings file;
    private DatabaseStore database;
    private RestServer rest;
    private final URI baseUri;
    private SoapServer soap;
    private LuceneKnowledgeBase knowledge;

    ServerUnderTest() {
        this(false);
    }

    ServerUnderTest(boolean withSoap) {
        this.file = null;
        this.center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null, store);
        rest = RestServer.start(center, 0, HEARTBEAT);
        baseUri = rest.baseUri();
        soap = withSoap ? SoapServer.start(center, 0) : null;
    }

    private ServerUnderTest(StoreSettings file) {
        this.file = file;
        this.database = DatabaseStores.open(file);
        this.center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null, database);
        rest = RestServer.start(center, 0, HEARTBEAT);
        baseUri = rest.baseUri();
        soap = null;
    }

    /** A server keeping its data in an H2 file in {@code dataDirectory}, as the product does. */
    static ServerUnderTest onFile(Path dataDirectory) {
        return new ServerUnderTest(StoreSettings.h2(dataDirectory));
    }

    URI soapAddress() {
        return soap.address();
    }

    /** A knowledge base in {@code folder}, served under {@code knowledge} until the server closes. */
    LuceneKnowledgeBase serveKnowledge(Path folder) {
        knowledge = new LuceneKnowledgeBase(folder, Clock.systemUTC());
        KnowledgeApi.serve(knowledge, rest);
        return knowledge;
    }

    /** Stops the SOAP call-control endpoint; REST goes on. */
    void stopSoap() {
        soap.close();
        soap = null;
    }

    URI baseUri() {
        return baseUri;
    }

    /** The wrap-ups the server's store holds for the interaction. */
    long wrapUpsOf(String interactionId) {
        return database != null ? database.wrapUps(interactionId).size() : store.wrapUpsOf(interactionId);
    }

    DatabaseStore database() {
        return database;
    }

    /** Stops the REST endpoint and its port's Jetty engine: connections are refused, as when the process is down. */
    void stop() {
        rest.close();
        rest = null;
        JettyHTTPServerEngineFactory.destroyForPort(baseUri.getPort());
    }

    void start() {
        rest = RestServer.start(center, baseUri.getPort(), HEARTBEAT);
    }

    /** Stops the REST endpoint, the contact center and the store: nothing of the server runs any more. */
    void stopProcess() {
        stop();
        center.close();
        database.close();
        database = null;
    }

    /** A new store on the same file, a new contact center on it, and the REST endpoint on the same port. */
    void startProcess() {
        database = DatabaseStores.open(file);
        center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null, database);
        start();
    }

    @Override
    public void close() {
        if (rest != null) {
            rest.close();
        }
        if (soap != null) {
            soap.close();
        }
        center.close();
        if (database != null) {
            database.close();
        }
        if (knowledge != null) {
            knowledge.close();
        }
    }
}
