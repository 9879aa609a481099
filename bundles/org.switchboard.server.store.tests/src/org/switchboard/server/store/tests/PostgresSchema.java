package org.switchboard.server.store.tests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.switchboard.server.store.StoreSettings;

/**
 * A schema of its own on the configured PostgreSQL server for each test, dropped after it; the test
 * is skipped, loudly, where no server is configured ({@link TestPostgres}).
 */
final class PostgresSchema implements BeforeEachCallback, AfterEachCallback {

    private TestPostgres postgres;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        postgres = TestPostgres.schemaFor(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    StoreSettings settings() {
        return postgres.settings();
    }
}
