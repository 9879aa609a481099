package org.switchboard.server.store;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Which database the server store uses.
 *
 * @param jdbcUrl  {@code jdbc:h2:file:...} (embedded, the default) or {@code jdbc:postgresql://...}
 * @param logLevel EclipseLink's log level (SEVERE, WARNING, INFO, FINE, ...), written to the platform
 *                 logger {@code org.switchboard.server.store.eclipselink} (which must let that level
 *                 through too); bind parameters are never logged at any level
 */
public record StoreSettings(String jdbcUrl, String user, String password, String logLevel) {

    public static final String URL_PROPERTY = "switchboard.store.url";
    public static final String USER_PROPERTY = "switchboard.store.user";
    public static final String PASSWORD_PROPERTY = "switchboard.store.password";
    public static final String LOG_LEVEL_PROPERTY = "switchboard.store.log.level";
    public static final String DATA_PROPERTY = "switchboard.server.data";

    public StoreSettings {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("the store URL must be jdbc:h2:... or jdbc:postgresql:...");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        logLevel = logLevel == null || logLevel.isBlank() ? "WARNING" : logLevel.strip();
    }

    /** An H2 database file {@code switchboard-server} in {@code dataDirectory}. */
    public static StoreSettings h2(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("switchboard-server");
        // The store closes the database itself; H2's shutdown hook must not close it under pending writes.
        return new StoreSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", null);
    }

    /**
     * From configuration properties: {@value #URL_PROPERTY} (else an H2 file in {@value #DATA_PROPERTY},
     * else in {@code data} under the working directory), {@value #USER_PROPERTY},
     * {@value #PASSWORD_PROPERTY}, {@value #LOG_LEVEL_PROPERTY}.
     */
    public static StoreSettings from(UnaryOperator<String> properties) {
        String url = properties.apply(URL_PROPERTY);
        String level = properties.apply(LOG_LEVEL_PROPERTY);
        if (url == null || url.isBlank()) {
            String data = properties.apply(DATA_PROPERTY);
            StoreSettings h2 = h2(Path.of(data == null || data.isBlank() ? "data" : data));
            return new StoreSettings(h2.jdbcUrl(), h2.user(), h2.password(), level);
        }
        return new StoreSettings(url.strip(), properties.apply(USER_PROPERTY), properties.apply(PASSWORD_PROPERTY),
                level);
    }

    @Override
    public String toString() {
        return "StoreSettings[" + jdbcUrl + ", user " + user + "]";
    }
}
