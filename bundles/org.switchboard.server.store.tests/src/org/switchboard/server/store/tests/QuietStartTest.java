package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;

/**
 * A server store on a fresh data folder (or PostgreSQL schema) opens quietly, the first time and every
 * time after: nothing logged at WARNING or above (the schema does not try to create what exists, nor
 * probe for what does not), and H2's trace file, where the database writes the statements it refused,
 * is not even written.
 */
class QuietStartTest {

    private static final String TRACE = "switchboard-server.trace.db";

    @TempDir
    Path data;

    private EclipseLinkRecords logged;

    @BeforeEach
    void listen() {
        logged = new EclipseLinkRecords();
    }

    @AfterEach
    void stopListening() {
        logged.close();
    }

    @Test
    void aFreshDataFolderOpensTwiceWithoutWarningsAndWithoutGrowingTheTraceFile() throws IOException {
        StoreSettings settings = StoreSettings.h2(data);
        openWriteAndClose(settings);
        long afterFirst = traceSize();
        assertEquals(List.of(), messages(), "the first start logs nothing at WARNING or above");

        openWriteAndClose(settings);
        assertEquals(List.of(), messages(), "nor does the second");
        assertEquals(afterFirst, traceSize(), "H2's trace file does not grow at a start");
        assertEquals(0, afterFirst, "nothing refused at the first start either: " + trace());
    }

    @Test
    void aFreshPostgresSchemaOpensTwiceWithoutWarnings() throws SQLException {
        try (TestPostgres postgres = TestPostgres.schemaFor("QuietStartTest")) {
            openWriteAndClose(postgres.settings());
            openWriteAndClose(postgres.settings());
        }
        assertEquals(List.of(), messages(), "neither start logs anything at WARNING or above");
    }

    private static void openWriteAndClose(StoreSettings settings) {
        try (DatabaseStore store = DatabaseStores.open(settings)) {
            store.nextInteractionNumber();
        }
    }

    private long traceSize() throws IOException {
        Path trace = data.resolve(TRACE);
        return Files.exists(trace) ? Files.size(trace) : 0;
    }

    private String trace() throws IOException {
        Path trace = data.resolve(TRACE);
        return Files.exists(trace) ? Files.readString(trace) : "";
    }

    private List<String> messages() {
        return logged.atLeast(Level.WARNING);
    }
}
