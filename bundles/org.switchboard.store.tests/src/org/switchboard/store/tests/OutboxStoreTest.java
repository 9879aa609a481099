package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.DuplicateRequestException;
import org.switchboard.store.LocalStore;
import org.switchboard.store.OutboxEntry;
import org.switchboard.store.OutboxState;
import org.switchboard.store.StoreFactory;

class OutboxStoreTest {

    private static final String WRAPUP = "{\"disposition\":\"resolved\",\"notes\":\"Caller's card re-issued\"}";

    @TempDir
    Path dir;

    private final StoreFactory factory = new StoreFactory();

    @Test
    void entryWrittenBeforeCloseIsReadBackAfterReopen() {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
        }
        assertTrue(Files.exists(dir.resolve("switchboard.mv.db")), "H2 file database on disk");

        try (LocalStore store = factory.open(dir)) {
            List<OutboxEntry> pending = store.outbox().pending();
            assertEquals(1, pending.size());
            OutboxEntry entry = pending.get(0);
            assertEquals("req-1", entry.requestId());
            assertEquals("wrapup", entry.kind());
            assertEquals(WRAPUP, entry.payload());
            assertEquals(OutboxState.PENDING, entry.state());
            assertEquals(0, entry.attempts());
        }
    }

    @Test
    void entryIsInTheH2FileWhenReadOverPlainJdbcAfterClose() throws SQLException {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
        }
        String url = "jdbc:h2:file:" + dir.resolve("switchboard");
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        try (Connection c = new Driver().connect(url, credentials);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT REQUEST_ID, KIND, PAYLOAD, STATE FROM OUTBOX_ITEM")) {
            assertTrue(rs.next());
            assertEquals("req-1", rs.getString(1));
            assertEquals("wrapup", rs.getString(2));
            assertEquals(WRAPUP, rs.getString(3));
            assertEquals("PENDING", rs.getString(4));
            assertFalse(rs.next());
        }
    }

    @Test
    void duplicateRequestIdIsRefused() {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
            DuplicateRequestException refused = assertThrows(DuplicateRequestException.class,
                    () -> store.outbox().append("req-1", "note", "{\"text\":\"again\"}"));
            assertEquals("req-1", refused.requestId());
            assertEquals(1, store.outbox().countPending());
            assertEquals("wrapup", store.outbox().pending().get(0).kind());
        }
    }

    @Test
    void duplicateRequestIdIsRefusedAfterReopenEvenWhenSent() {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
            assertTrue(store.outbox().markSent("req-1"));
        }
        try (LocalStore store = factory.open(dir)) {
            assertThrows(DuplicateRequestException.class, () -> store.outbox().append("req-1", "wrapup", WRAPUP));
            assertEquals(0, store.outbox().countPending());
        }
    }

    @Test
    void pendingEntriesSurviveReopenInOrderAndSentOnesLeave() {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
            store.outbox().append("req-2", "note", "{\"text\":\"call back Tuesday\"}");
            store.outbox().append("req-3", "cad", "{\"account\":\"77\"}");
            assertTrue(store.outbox().markSent("req-2"));
        }
        try (LocalStore store = factory.open(dir)) {
            assertEquals(2, store.outbox().countPending());
            assertEquals(List.of("req-1", "req-3"),
                    store.outbox().pending().stream().map(OutboxEntry::requestId).toList());
            assertTrue(store.outbox().markSent("req-1"));
        }
        try (LocalStore store = factory.open(dir)) {
            assertEquals(List.of("req-3"), store.outbox().pending().stream().map(OutboxEntry::requestId).toList());
        }
    }

    @Test
    void permanentFailureTakesEntryOutOfPending() {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
            assertTrue(store.outbox().markFailed("req-1", "connection refused", true));
            assertTrue(store.outbox().markFailed("req-1", "422 disposition unknown", false));
        }
        try (LocalStore store = factory.open(dir)) {
            assertEquals(0, store.outbox().countPending());
            assertTrue(store.outbox().pending().isEmpty());
            OutboxEntry failed = store.outbox().failed().get(0);
            assertEquals("req-1", failed.requestId());
            assertEquals(OutboxState.FAILED, failed.state());
            assertEquals("422 disposition unknown", failed.lastError());
        }
    }

    @Test
    void retryableFailureKeepsEntryPendingWithAttemptsAndError() {
        try (LocalStore store = factory.open(dir)) {
            store.outbox().append("req-1", "wrapup", WRAPUP);
            store.outbox().markFailed("req-1", "connection refused", true);
            store.outbox().markFailed("req-1", "read timed out", true);
        }
        try (LocalStore store = factory.open(dir)) {
            OutboxEntry entry = store.outbox().pending().get(0);
            assertEquals(OutboxState.PENDING, entry.state());
            assertEquals(2, entry.attempts());
            assertEquals("read timed out", entry.lastError());
        }
    }

    @Test
    void markingAnUnknownRequestReportsNotFound() {
        try (LocalStore store = factory.open(dir)) {
            assertFalse(store.outbox().markSent("nope"));
            assertFalse(store.outbox().markFailed("nope", "x", true));
        }
    }
}
