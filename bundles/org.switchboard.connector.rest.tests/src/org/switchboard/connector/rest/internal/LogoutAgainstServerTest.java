package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.store.StoreException;
import org.switchboard.store.StoreFactory;

/** Logging out through the connector ends the agent's session at the server; closing alone does not, and a failed login leaves none. */
class LogoutAgainstServerTest {

    @TempDir
    Path data;

    private final RestConnectorComponent connector = new RestConnectorComponent(new StoreFactory());
    private final ServerUnderTest server = new ServerUnderTest();

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorSession open(String agentId) {
        ConnectorSession session = connector.open(ConnectionSettings.of(server.baseUri(), agentId,
                (agentId + "-demo").toCharArray(), data.resolve(agentId)));
        EventLog log = new EventLog();
        session.addListener(log, Runnable::run);
        log.await(StateReconciled.class, r -> true);
        return session;
    }

    @Test
    void logoutEndsTheAgentsSessionAtTheServer() {
        ConnectorSession session = open("a1");
        assertEquals("NOT_READY", server.center.agent("a1").state());

        session.logout();

        assertEquals("LOGGED_OUT", server.center.agent("a1").state());
    }

    @Test
    void closingLeavesTheAgentLoggedInForTheNextStart() {
        ConnectorSession session = open("a1");

        session.close();

        assertEquals("NOT_READY", server.center.agent("a1").state());
    }

    @Test
    void aLocalStoreThatCannotOpenFailsTheLoginAndLeavesNoSessionAtTheServer() throws IOException {
        // the store opens beside the login: its failure must still end the session just begun
        Path notADirectory = Files.writeString(data.resolve("a1"), "a file where the store's folder belongs");

        assertThrows(StoreException.class, () -> connector.open(ConnectionSettings.of(server.baseUri(), "a1",
                "a1-demo".toCharArray(), notADirectory)));

        assertEquals("LOGGED_OUT", server.center.agent("a1").state());
    }
}
