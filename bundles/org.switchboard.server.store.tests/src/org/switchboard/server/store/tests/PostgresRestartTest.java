package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.switchboard.testing.ManualClock;

/**
 * The restart scenario on a real PostgreSQL server, in a schema of its own that is dropped
 * afterwards; see {@link TestPostgres} for where the server comes from and when the test is skipped.
 */
class PostgresRestartTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void interactionsWrapUpsAgentStatesAndAuditSurviveARestartOnPostgres() throws SQLException {
        try (TestPostgres postgres = TestPostgres.schemaFor("PostgresRestartTest")) {
            RestartScenario.handleThenRestart(postgres.settings(), clock, () -> assertEquals(1,
                    interactionRows(postgres.admin, postgres.schema),
                    "the interaction is a row in PostgreSQL once the store is closed"));
        }
    }

    private static int interactionRows(Connection admin, String schema) {
        try (Statement sql = admin.createStatement();
                ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + schema + ".srv_interaction")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("reading the interactions back over JDBC", e);
        }
    }
}
