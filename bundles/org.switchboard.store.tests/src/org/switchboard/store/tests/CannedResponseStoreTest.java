package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.CannedResponseEntry;
import org.switchboard.store.CannedResponseStore;
import org.switchboard.store.LocalStore;
import org.switchboard.store.StoreFactory;

class CannedResponseStoreTest {

    @TempDir
    Path dir;

    private final StoreFactory factory = new StoreFactory();

    private static List<String> titles(List<CannedResponseEntry> entries) {
        return entries.stream().map(CannedResponseEntry::title).toList();
    }

    @Test
    void personalResponsesAreSeenByTheirAgentOnlySharedOnesByEveryAgentAndBothSurviveAReopen() {
        try (CannedResponseStore store = factory.openCannedResponses(dir)) {
            store.create("a1", "Greeting", "Hello {customerName}, this is {agentName}.");
            store.create(null, "Closing", "Thank you for contacting us.");
            store.create("a2", "Refund", "Your refund is on its way.");
        }
        assertTrue(Files.exists(dir.resolve("canned-responses.mv.db")), "H2 file of its own");
        try (CannedResponseStore store = factory.openCannedResponses(dir)) {
            assertEquals(List.of("Closing", "Greeting"), titles(store.search("a1", "")));
            assertEquals(List.of("Closing", "Refund"), titles(store.search("a2", null)));
            assertTrue(store.search("a1", "").stream().filter(e -> e.title().equals("Closing")).allMatch(
                    CannedResponseEntry::shared));
        }
    }

    @Test
    void searchFindsTitleOrTextIgnoringCaseAndTakesWildcardsLiterally() {
        try (CannedResponseStore store = factory.openCannedResponses(dir)) {
            store.create("a1", "Greeting", "Hello {customerName}");
            store.create("a1", "Discount", "You get 10% off");
            store.create(null, "Hours", "We are open 9 to 5");
            assertEquals(List.of("Greeting"), titles(store.search("a1", "HELLO")));
            assertEquals(List.of("Hours"), titles(store.search("a1", "hours")));
            assertEquals(List.of("Discount"), titles(store.search("a1", "10%")));
            assertEquals(List.of(), titles(store.search("a1", "%_")));
        }
    }

    @Test
    void editAndDelete() {
        try (CannedResponseStore store = factory.openCannedResponses(dir)) {
            CannedResponseEntry e = store.create("a1", "Greeting", "Hello");
            CannedResponseEntry changed = store.update(e.id(), null, "Welcome", "Hello and welcome").orElseThrow();
            assertEquals("Welcome", changed.title());
            assertTrue(changed.shared(), "made shared");
            assertEquals(List.of("Welcome"), titles(store.search("a2", "welcome")));
            assertTrue(store.update(e.id() + 1000, "a1", "x", "y").isEmpty());
            assertTrue(store.delete(e.id()));
            assertFalse(store.delete(e.id()));
            assertEquals(List.of(), store.search("a1", ""));
        }
    }

    @Test
    void blankOrOverlongValuesAreRefusedAndNothingIsStored() {
        try (CannedResponseStore store = factory.openCannedResponses(dir)) {
            assertThrows(IllegalArgumentException.class, () -> store.create("a1", " ", "text"));
            assertThrows(IllegalArgumentException.class, () -> store.create("a1", "title", ""));
            assertThrows(IllegalArgumentException.class,
                    () -> store.create("a1", "title", "x".repeat(CannedResponseStore.MAX_TEXT + 1)));
            store.create("a1", "Long", "x".repeat(CannedResponseStore.MAX_TEXT));
            assertEquals(List.of("Long"), titles(store.search("a1", "")));
        }
    }

    @Test
    void cannedResponsesAndTheOutboxOpenSideBySideInOneDirectory() {
        try (LocalStore local = factory.open(dir); CannedResponseStore canned = factory.openCannedResponses(dir)) {
            local.outbox().append("req-1", "reply", "{}");
            canned.create("a1", "Greeting", "Hello");
            assertEquals(1, local.outbox().countPending());
            assertEquals(1, canned.search("a1", "").size());
        }
    }
}
