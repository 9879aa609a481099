package org.switchboard.server.store.tests;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.switchboard.server.store.StoreSettings;

/**
 * Restarts after an interaction ended, its wrap-up owed, on a real PostgreSQL server, each test in a
 * schema of its own.
 */
class PostgresRestartAfterTheEndTest extends RestartAfterTheEndScenarios {

    private TestPostgres postgres;

    @BeforeEach
    void createSchema(TestInfo test) throws SQLException {
        postgres = TestPostgres.schemaFor(getClass().getSimpleName() + "." + test.getDisplayName());
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    StoreSettings settings() {
        return postgres.settings();
    }
}
