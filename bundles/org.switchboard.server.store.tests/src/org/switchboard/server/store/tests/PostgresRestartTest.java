package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.switchboard.server.store.StoreSettings;

/**
 * The restart scenario on a real PostgreSQL server, in a schema of its own that is dropped
 * afterwards. Where the server is comes from {@code switchboard.test.postgres.url} / {@code .user} /
 * {@code .password} (forwarded by the pom from {@code SWITCHBOARD_TEST_POSTGRES_URL}, {@code _USER},
 * {@code _PASSWORD}, which {@code .ci/run} sets after starting a cluster on loopback). Without them
 * the test is skipped, loudly; with them, a server that does not answer fails it.
 */
class PostgresRestartTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void interactionsWrapUpsAgentStatesAndAuditSurviveARestartOnPostgres() throws SQLException {
        String url = setting("url");
        if (url == null) {
            String reason = "no PostgreSQL server configured (SWITCHBOARD_TEST_POSTGRES_URL is not set): "
                    + "the server store was NOT tested on PostgreSQL";
            System.err.println("*".repeat(100));
            System.err.println("SKIPPED PostgresRestartTest: " + reason);
            System.err.println("*".repeat(100));
            assumeTrue(false, reason);
        }
        String user = setting("user");
        String password = setting("password");
        String schema = "restart_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (Connection admin = connect(url, user, password); Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
            try {
                StoreSettings settings = new StoreSettings(
                        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, null);
                RestartScenario.handleThenRestart(settings, clock, () -> assertEquals(1, interactionRows(admin, schema),
                        "the interaction is a row in PostgreSQL once the store is closed"));
            } finally {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
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

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        Connection c = new Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return c;
    }

    private static String setting(String name) {
        String value = System.getProperty("switchboard.test.postgres." + name);
        // a Maven property the environment did not define stays as its own ${...} text
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv("SWITCHBOARD_TEST_POSTGRES_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
