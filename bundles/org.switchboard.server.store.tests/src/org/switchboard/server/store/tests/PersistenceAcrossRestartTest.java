package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.ManualClock;

/**
 * The contact center writes to an H2 file through the store; after the engine and the store are
 * stopped and the file reopened, everything is there.
 */
class PersistenceAcrossRestartTest {

    @TempDir
    Path data;

    private final ManualClock clock = new ManualClock();

    @Test
    void interactionsWrapUpsAgentStatesAndAuditSurviveARestart() {
        RestartScenario.handleThenRestart(StoreSettings.h2(data), clock, () -> assertTrue(
                Files.isRegularFile(data.resolve("switchboard-server.mv.db")), "an H2 file in the data folder"));
    }

    @Test
    void aPasswordThatLooksLikeAnEncryptedOneIsUsedAsGiven() {
        // EclipseLink tries to decrypt configured passwords; a hex string used to fail to open
        StoreSettings h2 = StoreSettings.h2(data);
        String hex = "2679a9ae313eb8d2093dd041c77458e8";
        StoreSettings withPassword = new StoreSettings(h2.jdbcUrl(), "sa", hex, null);
        try (DatabaseStore store = DatabaseStores.open(withPassword)) {
            assertTrue(store.audit().isEmpty());
        }
        try (DatabaseStore store = DatabaseStores.open(withPassword)) {
            assertTrue(store.audit().isEmpty(), "the database created with that password opens with it");
        }
        assertThrows(IllegalStateException.class,
                () -> DatabaseStores.open(new StoreSettings(h2.jdbcUrl(), "sa", hex + "0", null)).close(),
                "a wrong password is refused: the password really is checked");
    }

    @Test
    void secureCallVariablesNeverReachTheLogs() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        EclipseLinkRecords logged = new EclipseLinkRecords();
        try {
            // The most verbose level: every statement EclipseLink runs is logged.
            StoreSettings base = StoreSettings.h2(data);
            StoreSettings verbose = new StoreSettings(base.jdbcUrl(), base.user(), base.password(), "ALL");
            try (DatabaseStore store = DatabaseStores.open(verbose);
                    RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), clock,
                            Duration.ofMillis(5), store)) {
                String id = RestartScenario.handleOneCall(center);
                assertTrue(store.interaction(id).orElseThrow().cad().toString().contains("******"));
                assertFalse(store.interaction(id).orElseThrow().cad().toString().contains(RestartScenario.SECRET));
                assertFalse(store.audit().toString().contains(RestartScenario.SECRET));
                assertFalse(store.cadHistory(id).toString().contains(RestartScenario.SECRET_CODE));
                assertTrue(store.cadHistory(id).toString().contains("******"));
            }
        } finally {
            logged.close();
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8) + logged.text();
        assertTrue(log.contains("SRV_CAD"), "the statements were logged: the check below means something");
        assertFalse(log.contains(RestartScenario.SECRET), "a secure call variable in the log");
        assertTrue(log.contains("SRV_CAD_EDIT"), "the edits' statements were logged too");
        assertFalse(log.contains(RestartScenario.SECRET_CODE), "a secure value an agent saved in the log");
        assertFalse(log.contains("a1-demo"), "a password in the log");
    }
}
