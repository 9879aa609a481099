package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.DraftStore;
import org.switchboard.store.StoreFactory;

/** Drafts: one per agent and interaction, replaced as the agent types, kept across a reopen, forgotten when sent. */
class DraftStoreTest {

    @TempDir
    Path dir;

    private final StoreFactory factory = new StoreFactory();

    @Test
    void aDraftIsReplacedAsTheAgentTypesSurvivesAReopenAndIsForgottenOnceSent() {
        try (DraftStore drafts = factory.openDrafts(dir)) {
            drafts.save("a1", "i-1", "Dear Dana,");
            drafts.save("a1", "i-1", "Dear Dana, your parcel");
            drafts.save("a2", "i-1", "Hello");
        }
        try (DraftStore drafts = factory.openDrafts(dir)) {
            assertEquals(Optional.of("Dear Dana, your parcel"), drafts.find("a1", "i-1"));
            assertEquals(Optional.of("Hello"), drafts.find("a2", "i-1"), "each agent's own");
            drafts.delete("a1", "i-1");
            assertTrue(drafts.find("a1", "i-1").isEmpty());
            drafts.delete("a1", "i-1");
        }
    }

    @Test
    void anOversizeDraftOrOneWithoutItsAgentIsRefused() {
        try (DraftStore drafts = factory.openDrafts(dir)) {
            assertThrows(IllegalArgumentException.class,
                    () -> drafts.save("a1", "i-1", "x".repeat(DraftStore.MAX_TEXT + 1)));
            assertThrows(IllegalArgumentException.class, () -> drafts.save(" ", "i-1", "text"));
        }
    }
}
