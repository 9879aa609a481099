package org.switchboard.server.store.tests;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.server.store.StoreSettings;

/**
 * Restarts after an interaction ended, its wrap-up owed, on a real PostgreSQL server, each test in a
 * schema of its own.
 */
class PostgresRestartAfterTheEndTest extends RestartAfterTheEndScenarios {

    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    @Override
    StoreSettings settings() {
        return postgres.settings();
    }
}
