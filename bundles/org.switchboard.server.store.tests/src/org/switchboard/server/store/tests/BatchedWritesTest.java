package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.core.store.AuditEntry;
import org.switchboard.server.core.store.StoredCad;
import org.switchboard.server.core.store.StoredInteraction;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;

/**
 * Writes made faster than the disk takes them share transactions; a row the database refuses in such
 * a transaction loses only itself, and a store closed right after the writes still holds them all.
 */
class BatchedWritesTest {

    private static final int WRITES = 2_000;
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void aRefusedRowAmongManyQueuedWritesLosesOnlyItself() {
        try (DatabaseStore store = DatabaseStores.open(StoreSettings.h2(data))) {
            for (int i = 0; i < WRITES; i++) {
                store.audit(entry(i));
                if (i == WRITES / 2) {
                    store.interactionArrived(interaction("i-1", "Dana Whitfield"));
                    // the same id again: refused by the primary key, in the middle of the queue
                    store.interactionArrived(interaction("i-1", "Somebody Else"));
                }
            }
            List<AuditEntry> audit = store.audit();

            assertEquals(WRITES, audit.size(), "every audit row written");
            assertEquals(entry(0).requestId(), audit.get(0).requestId());
            assertEquals(entry(WRITES - 1).requestId(), audit.get(WRITES - 1).requestId(), "in the order made");
            assertEquals("Dana Whitfield", store.interaction("i-1").orElseThrow().callerName(),
                    "the first arrival kept, the duplicate refused");
        }
    }

    @Test
    void writesQueuedJustBeforeCloseAreInTheFileAfterwards() {
        try (DatabaseStore store = DatabaseStores.open(StoreSettings.h2(data))) {
            for (int i = 0; i < WRITES; i++) {
                store.audit(entry(i));
            }
        }
        try (DatabaseStore reopened = DatabaseStores.open(StoreSettings.h2(data))) {
            List<AuditEntry> audit = reopened.audit();
            assertEquals(WRITES, audit.size());
            assertTrue(audit.stream().allMatch(e -> e.outcome().equals(AuditEntry.COMPLETED)));
        }
    }

    private static AuditEntry entry(int i) {
        return new AuditEntry(AT.plusMillis(i), "a" + (i % 50), "ANSWER", "i-" + i, "request-" + i,
                AuditEntry.COMPLETED, null);
    }

    private static StoredInteraction interaction(String id, String caller) {
        return new StoredInteraction(1, id, "VOICE", "sales", "c-1", caller, "+12015550188", AT,
                List.of(new StoredCad("Account", "4711", false)), null, null);
    }
}
