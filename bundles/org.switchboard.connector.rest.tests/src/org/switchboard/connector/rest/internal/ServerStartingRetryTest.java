package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/**
 * A server that went away long enough for the back-off to reach its maximum comes back answering
 * 503 while it starts: the session retries it on the fast schedule again, not at the long back-off.
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
    void aServerAnswering503WhileStartingIsRetriedOnTheFastSchedule() throws Exception {
        try (ServerUnderTest server = new ServerUnderTest()) {
            ConnectionSettings settings = ConnectionSettings.of(server.baseUri(), "a1", "a1-demo".toCharArray(), data);
            EventLog log = new EventLog();
            try (ConnectorSession session = new RestConnectorComponent(new StoreFactory()).open(settings)) {
                session.addListener(log, ui);
                log.await(StateReconciled.class, r -> true);

                server.stop();
                ConnectionChanged lost = log.await(ConnectionChanged.class,
                        c -> c.state() == ConnectionState.RECONNECTING);
                // Refused attempts after 0.25, 0.5, 1, 2 and 4 s: the back-off is now at its 5 s maximum.
                Thread.sleep(4_500);

                List<Long> requests;
                try (StartingServer starting = new StartingServer(server.baseUri().getPort())) {
                    Thread.sleep(2_000);
                    requests = List.copyOf(starting.requests);
                }
                assertTrue(requests.size() >= 3, "retried on the fast schedule while starting: " + requests.size()
                        + " requests in 2 s");
                long firstRetry = Duration.ofNanos(requests.get(1) - requests.get(0)).toMillis();
                assertTrue(firstRetry < 600, "first retry after the first 503 within the first-retry delay: "
                        + firstRetry + " ms");
                for (int i = 1; i < requests.size(); i++) {
                    assertTrue(requests.get(i) - requests.get(i - 1) <= Duration.ofMillis(5_300).toNanos(),
                            "never more than the maximum back-off apart");
                }

                server.start();
                long started = System.nanoTime();
                log.awaitAfter(lost, ConnectionChanged.class, c -> c.state() == ConnectionState.CONNECTED);
                assertEquals(ConnectionState.CONNECTED, session.state());
                assertTrue(System.nanoTime() - started < Duration.ofSeconds(6).toNanos());
            }
        }
    }
}
