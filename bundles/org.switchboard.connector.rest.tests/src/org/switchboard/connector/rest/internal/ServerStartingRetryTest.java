package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent.ConnectionChanged;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.store.StoreFactory;
import org.switchboard.testing.Await;

/**
 * A server that went away comes back answering 503 while it starts: the session keeps trying it and
 * connects once it serves. How soon it retries (the fast schedule whatever the back-off reached) is a
 * timing, for a benchmark; the stream benchmark ({@code releng/benchmarks/run-connector}) measures
 * the resumption after outages up to the longest back-off.
 */
class ServerStartingRetryTest {

    @TempDir
    Path data;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui-thread"));

    @AfterEach
    void stopUi() {
        ui.shutdownNow();
    }

    @Test
    void aServerAnswering503WhileStartingIsRetriedUntilItServes() throws Exception {
        try (ServerUnderTest server = new ServerUnderTest()) {
            ConnectionSettings settings = ConnectionSettings.of(server.baseUri(), "a1", "a1-demo".toCharArray(), data);
            EventLog log = new EventLog();
            try (ConnectorSession session = new RestConnectorComponent(new StoreFactory()).open(settings)) {
                session.addListener(log, ui);
                log.await(StateReconciled.class, r -> true);

                server.stop();
                ConnectionChanged lost = log.await(ConnectionChanged.class,
                        c -> c.state() == ConnectionState.RECONNECTING);
                try (StartingServer starting = new StartingServer(server.baseUri().getPort())) {
                    Await.until("three requests to the starting server", () -> starting.requests.size() >= 3);
                }
                assertEquals(ConnectionState.RECONNECTING, session.state(), "a 503 is no connection");

                server.start();
                log.awaitAfter(lost, ConnectionChanged.class, c -> c.state() == ConnectionState.CONNECTED);
                assertEquals(ConnectionState.CONNECTED, session.state());
            }
        }
    }
}
