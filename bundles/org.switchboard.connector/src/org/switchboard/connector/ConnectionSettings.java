package org.switchboard.connector;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session needs to reach its servers. The password is copied in and out and never appears
 * in {@link #toString()}.
 *
 * @param primary        the primary server's API root
 * @param secondary      the server to fail over to, if any
 * @param agentId        the agent logging in
 * @param password       the agent's password; the connector keeps it only to log in again after a
 *                       server restart or a failover
 * @param dataDirectory  where the connector keeps local data (the outbox) across desktop restarts
 * @param requestTimeout how long one request may wait for its answer
 * @param silenceTimeout how long a silent event stream (no event, no heartbeat) counts as alive
 * @param firstRetry     the wait before the first reconnection attempt
 * @param maxRetry       the longest wait between reconnection attempts
 */
public record ConnectionSettings(URI primary, Optional<URI> secondary, String agentId, char[] password,
        Path dataDirectory, Duration requestTimeout, Duration silenceTimeout, Duration firstRetry, Duration maxRetry) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SILENCE_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofMillis(250);
    public static final Duration DEFAULT_MAX_RETRY = Duration.ofSeconds(5);

    public ConnectionSettings {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(agentId, "agentId");
        password = Objects.requireNonNull(password, "password").clone();
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        positive(requestTimeout, "requestTimeout");
        positive(silenceTimeout, "silenceTimeout");
        positive(firstRetry, "firstRetry");
        positive(maxRetry, "maxRetry");
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("maxRetry is shorter than firstRetry");
        }
    }

    /** Settings for one server with the default timeouts: silence 3 s, retries from 250 ms up to 5 s. */
    public static ConnectionSettings of(URI primary, String agentId, char[] password, Path dataDirectory) {
        return new ConnectionSettings(primary, Optional.empty(), agentId, password, dataDirectory,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_SILENCE_TIMEOUT, DEFAULT_FIRST_RETRY, DEFAULT_MAX_RETRY);
    }

    public ConnectionSettings withSecondary(URI server) {
        return new ConnectionSettings(primary, Optional.of(server), agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, firstRetry, maxRetry);
    }

    public ConnectionSettings withSilenceTimeout(Duration timeout) {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout, timeout,
                firstRetry, maxRetry);
    }

    public ConnectionSettings withRetries(Duration first, Duration max) {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, first, max);
    }

    /** A copy of the password; the caller should clear it after use. */
    @Override
    public char[] password() {
        return password.clone();
    }

    /** The server playing {@code role}. */
    public Optional<URI> server(ServerRole role) {
        return role == ServerRole.PRIMARY ? Optional.of(primary) : secondary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionSettings s && primary.equals(s.primary) && secondary.equals(s.secondary)
                && agentId.equals(s.agentId) && Arrays.equals(password, s.password)
                && dataDirectory.equals(s.dataDirectory) && requestTimeout.equals(s.requestTimeout)
                && silenceTimeout.equals(s.silenceTimeout) && firstRetry.equals(s.firstRetry)
                && maxRetry.equals(s.maxRetry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(primary, secondary, agentId, dataDirectory);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[primary=" + primary + ", secondary=" + secondary.orElse(null) + ", agentId="
                + agentId + ", dataDirectory=" + dataDirectory + ", silenceTimeout=" + silenceTimeout
                + ", retries=" + firstRetry + ".." + maxRetry + "]";
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
