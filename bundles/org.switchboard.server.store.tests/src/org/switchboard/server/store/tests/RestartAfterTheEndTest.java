package org.switchboard.server.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.store.StoreSettings;

/** Restarts after an interaction ended, its wrap-up owed, on a real H2 file as the product keeps its data. */
class RestartAfterTheEndTest extends RestartAfterTheEndScenarios {

    @TempDir
    Path data;

    @Override
    StoreSettings settings() {
        return StoreSettings.h2(data);
    }
}
