package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.postgresql.Driver;
import org.switchboard.server.store.StoreSettings;

/**
 * The PostgreSQL server the tests may use, from {@code switchboard.test.postgres.url} / {@code .user}
 * / {@code .password} (forwarded by the pom from {@code SWITCHBOARD_TEST_POSTGRES_URL}, {@code _USER},
 * {@code _PASSWORD}, which {@code .ci/run} sets after starting a cluster on loopback). Without them a
 * test is skipped, loudly; with them, a server that does not answer fails it. Each test gets a schema
 * of its own, dropped when the test is done.
 */
final class TestPostgres implements AutoCloseable {

    final String url;
    final String user;
    final String password;
    final String schema;
    final Connection admin;

    private TestPostgres(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = "restart_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.admin = connect(url, user, password);
        try (Statement sql = admin.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
    }

    /** A fresh schema on the configured server; skips the test, loudly, when none is configured. */
    static TestPostgres schemaFor(String test) throws SQLException {
        String url = setting("url");
        if (url == null) {
            String reason = "no PostgreSQL server configured (SWITCHBOARD_TEST_POSTGRES_URL is not set): "
                    + "the server store was NOT tested on PostgreSQL";
            System.err.println("*".repeat(100));
            System.err.println("SKIPPED " + test + ": " + reason);
            System.err.println("*".repeat(100));
            assumeTrue(false, reason);
        }
        return new TestPostgres(url, setting("user"), setting("password"));
    }

    /** The store's settings for this schema. */
    StoreSettings settings() {
        return new StoreSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                null);
    }

    @Override
    public void close() throws SQLException {
        try (Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA " + schema + " CASCADE");
        } finally {
            admin.close();
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
