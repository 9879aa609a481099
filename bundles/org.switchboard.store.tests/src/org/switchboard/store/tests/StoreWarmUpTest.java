package org.switchboard.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.store.LocalStore;
import org.switchboard.store.StoreFactory;

/** Warming the store up ahead of the login writes nothing to disk and leaves the real store as it was. */
class StoreWarmUpTest {

    @TempDir
    Path data;

    @Test
    void warmingUpTouchesNoFileAndTheStoreOpensAfterwards() throws IOException {
        StoreFactory stores = new StoreFactory();
        try (LocalStore store = stores.open(data)) {
            store.outbox().append("r-1", "ACTION", "{}");
        }
        long filesBefore = count(data);

        stores.warmUp();
        stores.warmUp();

        assertEquals(filesBefore, count(data));
        try (LocalStore store = stores.open(data)) {
            assertEquals(1, store.outbox().pending().size(), "the entry written before is still there");
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.count();
        }
    }
}
