package org.switchboard.server.store.tests;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.server.store.StoreSettings;

/** Restarts mid wrap-up on a real PostgreSQL server, each test in a schema of its own. */
class PostgresRestartMidWrapUpTest extends RestartMidWrapUpScenarios {

    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    @Override
    StoreSettings settings() {
        return postgres.settings();
    }
}
