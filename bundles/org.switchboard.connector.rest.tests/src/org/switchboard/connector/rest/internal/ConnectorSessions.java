package org.switchboard.connector.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.store.StoreFactory;

/**
 * The connector sessions a test opens, their listeners called on one thread as a desktop's UI thread
 * would be, and the servers it starts: all closed after the test, the last opened first.
 */
final class ConnectorSessions implements AfterEachCallback {

    static final String UI_THREAD = "test-ui-thread";

    private final List<AutoCloseable> open = new ArrayList<>();
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, UI_THREAD));
    private final RestConnectorComponent connector = new RestConnectorComponent(new StoreFactory());

    /** A session on {@code settings} whose events reach {@code log} on the test's UI thread. */
    ConnectorSession open(ConnectionSettings settings, EventLog log) {
        ConnectorSession session = closeAfter(connector.open(settings));
        session.addListener(log, ui);
        return session;
    }

    <T extends AutoCloseable> T closeAfter(T resource) {
        open.add(resource);
        return resource;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
        open.clear();
        ui.shutdownNow();
    }
}
