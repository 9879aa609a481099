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
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.CallListEntry;
import org.switchboard.store.CallListStore;
import org.switchboard.store.StoreFactory;

/** Redial history and favorites in their own H2 file, per agent, across a reopen. */
class CallListStoreTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final StoreFactory factory = new StoreFactory();

    private static List<String> targets(List<CallListEntry> entries) {
        return entries.stream().map(CallListEntry::target).toList();
    }

    @Test
    void historyAndFavoritesOfTheEarlierTablesAreKeptWhenTheStoreIsOpened() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", "");
        String url = "jdbc:h2:file:" + dir.resolve("call-lists");
        long t0 = T0.toEpochMilli();
        try (Connection c = new Driver().connect(url, credentials); Statement s = c.createStatement()) {
            for (String table : List.of("DIALLED", "FAVORITE")) {
                s.execute("CREATE TABLE " + table + " (ID BIGINT PRIMARY KEY, OWNER VARCHAR(128) NOT NULL,"
                        + " KIND VARCHAR(16) NOT NULL, TARGET VARCHAR(128) NOT NULL, NAME VARCHAR(200) NOT NULL,"
                        + " AT_MILLIS BIGINT NOT NULL)");
                s.execute("CREATE SEQUENCE " + table + "_SEQ INCREMENT BY 10 START WITH 10");
            }
            s.execute("INSERT INTO DIALLED VALUES (1, 'a1', 'NUMBER', '+12015550123', 'Billing desk', " + t0 + ")");
            s.execute("INSERT INTO DIALLED VALUES (2, 'a1', 'AGENT', 'a2', 'Ben Okafor', " + (t0 + 1000) + ")");
            s.execute("INSERT INTO FAVORITE VALUES (1, 'a1', 'QUEUE', 'sales', 'Sales', " + t0 + ")");
        }
        try (CallListStore store = factory.openCallLists(dir)) {
            assertEquals(List.of("a2", "+12015550123"), targets(store.history("a1")));
            assertEquals(List.of("sales"), targets(store.favorites("a1")));
            store.recordDialled("a1", "NUMBER", "+442079460000", "London office", T0.plusSeconds(2));
            store.addFavorite("a1", "AGENT", "a2", "Ben Okafor", T0.plusSeconds(2));
        }
        try (CallListStore store = factory.openCallLists(dir)) {
            assertEquals(List.of("+442079460000", "a2", "+12015550123"), targets(store.history("a1")));
            assertEquals(List.of("a2", "sales"), targets(store.favorites("a1")));
        }
        try (Connection c = new Driver().connect(url, credentials);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_NAME IN ('DIALLED', 'FAVORITE')")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "the earlier tables are gone once moved");
        }
    }

    @Test
    void historyKeepsTheLastDialledFirstWithoutRepeatsAndSurvivesAReopen() {
        try (CallListStore store = factory.openCallLists(dir)) {
            store.recordDialled("a1", "NUMBER", "+12015550123", "Billing desk", T0);
            store.recordDialled("a1", "AGENT", "a2", "Ben Okafor", T0.plusSeconds(1));
            store.recordDialled("a1", "NUMBER", "+12015550123", "Billing desk", T0.plusSeconds(2));
            store.recordDialled("a2", "NUMBER", "+442079460000", null, T0.plusSeconds(3));
        }
        assertTrue(Files.exists(dir.resolve("call-lists.mv.db")), "H2 file of its own");
        try (CallListStore store = factory.openCallLists(dir)) {
            assertEquals(List.of("+12015550123", "a2"), targets(store.history("a1")));
            assertEquals(T0.plusSeconds(2), store.history("a1").get(0).at());
            CallListEntry other = store.history("a2").get(0);
            assertEquals("+442079460000", other.name(), "unnamed entries are named by their target");
        }
    }

    @Test
    void historyForgetsWhatIsOlderThanItsLimit() {
        try (CallListStore store = factory.openCallLists(dir)) {
            for (int n = 0; n < CallListStore.MAX_HISTORY + 5; n++) {
                store.recordDialled("a1", "NUMBER", "+1201555" + (1000 + n), null, T0.plusSeconds(n));
            }
            List<CallListEntry> history = store.history("a1");
            assertEquals(CallListStore.MAX_HISTORY, history.size());
            assertEquals("+1201555" + (1000 + CallListStore.MAX_HISTORY + 4), history.get(0).target());
            assertFalse(targets(history).contains("+12015551004"));
        }
    }

    @Test
    void favoritesAreAddedRenamedRemovedAndKeptAcrossAReopen() {
        try (CallListStore store = factory.openCallLists(dir)) {
            store.addFavorite("a1", "NUMBER", "+442079460000", "London office", T0);
            store.addFavorite("a1", "AGENT", "a2", "Ben", T0);
            store.addFavorite("a1", "AGENT", "a2", "Ben Okafor", T0.plusSeconds(5));
            store.addFavorite("a1", "QUEUE", "sales", "Sales", T0);
        }
        try (CallListStore store = factory.openCallLists(dir)) {
            assertEquals(List.of("Ben Okafor", "London office", "Sales"),
                    store.favorites("a1").stream().map(CallListEntry::name).toList());
            assertEquals(List.of(), store.favorites("a2"), "favorites are the agent's own");
            assertTrue(store.removeFavorite("a1", "QUEUE", "sales"));
            assertFalse(store.removeFavorite("a1", "QUEUE", "sales"));
        }
        try (CallListStore store = factory.openCallLists(dir)) {
            assertEquals(List.of("a2", "+442079460000"), targets(store.favorites("a1")));
        }
    }

    @Test
    void invalidEntriesAreRefused() {
        try (CallListStore store = factory.openCallLists(dir)) {
            assertThrows(IllegalArgumentException.class, () -> store.addFavorite("a1", "FAX", "123", null, T0));
            assertThrows(IllegalArgumentException.class, () -> store.recordDialled("a1", "NUMBER", " ", null, T0));
            assertThrows(IllegalArgumentException.class,
                    () -> store.recordDialled("a1", "NUMBER", "1".repeat(CallListStore.MAX_TARGET + 1), null, T0));
            assertThrows(IllegalArgumentException.class, () -> store.favorites(null));
            assertEquals(List.of(), store.history("a1"));
        }
    }
}
