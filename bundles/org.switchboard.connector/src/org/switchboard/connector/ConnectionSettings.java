package org.switchboard.connector;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
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
 * @param callControl    how voice call control reaches the server
 * @param soapEndpoints  the SOAP call-control endpoint of each configured server (for example
 *                       {@code http://127.0.0.1:8472/soap/callcontrol}); required for every server
 *                       when {@code callControl} is {@link CallControlProtocol#SOAP}
 * @param servicePoll    how often a connected session asks its server for its service state, so
 *                       that it fails over when that server goes out of service while the other
 *                       one is in service
 */
public record ConnectionSettings(URI primary, Optional<URI> secondary, String agentId, char[] password,
        Path dataDirectory, Duration requestTimeout, Duration silenceTimeout, Duration firstRetry, Duration maxRetry,
        CallControlProtocol callControl, Map<ServerRole, URI> soapEndpoints, Duration servicePoll) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SILENCE_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofMillis(250);
    public static final Duration DEFAULT_MAX_RETRY = Duration.ofSeconds(5);
    public static final Duration DEFAULT_SERVICE_POLL = Duration.ofSeconds(10);

    /**
     * Preference keys under which a desktop may keep the call-control choice: {@code rest} or
     * {@code soap} (read with {@link CallControlProtocol#fromPreference}), and the SOAP endpoints.
     */
    public static final String PREFERENCE_CALL_CONTROL = "connector.callControl";
    public static final String PREFERENCE_SOAP_PRIMARY = "connector.soap.primary";
    public static final String PREFERENCE_SOAP_SECONDARY = "connector.soap.secondary";

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
        Objects.requireNonNull(callControl, "callControl");
        Map<ServerRole, URI> endpoints = new EnumMap<>(ServerRole.class);
        endpoints.putAll(Objects.requireNonNull(soapEndpoints, "soapEndpoints"));
        soapEndpoints = Map.copyOf(endpoints);
        positive(servicePoll, "servicePoll");
        if (callControl == CallControlProtocol.SOAP && (!soapEndpoints.containsKey(ServerRole.PRIMARY)
                || secondary.isPresent() && !soapEndpoints.containsKey(ServerRole.SECONDARY))) {
            throw new IllegalArgumentException("SOAP call control needs the SOAP endpoint of every server");
        }
    }

    /** Settings as before call control and service polling could be chosen: REST, polling every 10 s. */
    public ConnectionSettings(URI primary, Optional<URI> secondary, String agentId, char[] password,
            Path dataDirectory, Duration requestTimeout, Duration silenceTimeout, Duration firstRetry,
            Duration maxRetry) {
        this(primary, secondary, agentId, password, dataDirectory, requestTimeout, silenceTimeout, firstRetry,
                maxRetry, CallControlProtocol.REST, Map.of(), DEFAULT_SERVICE_POLL);
    }

    /** Settings for one server with the default timeouts: silence 3 s, retries from 250 ms up to 5 s. */
    public static ConnectionSettings of(URI primary, String agentId, char[] password, Path dataDirectory) {
        return new ConnectionSettings(primary, Optional.empty(), agentId, password, dataDirectory,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_SILENCE_TIMEOUT, DEFAULT_FIRST_RETRY, DEFAULT_MAX_RETRY);
    }

    /** With a secondary server; with SOAP call control, add its endpoint with {@link #withSoapCallControl(Map)}. */
    public ConnectionSettings withSecondary(URI server) {
        return new ConnectionSettings(primary, Optional.of(server), agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, firstRetry, maxRetry, callControl, soapEndpoints, servicePoll);
    }

    public ConnectionSettings withSilenceTimeout(Duration timeout) {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout, timeout,
                firstRetry, maxRetry, callControl, soapEndpoints, servicePoll);
    }

    public ConnectionSettings withRetries(Duration first, Duration max) {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, first, max, callControl, soapEndpoints, servicePoll);
    }

    public ConnectionSettings withServicePoll(Duration interval) {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, firstRetry, maxRetry, callControl, soapEndpoints, interval);
    }

    /** Call control over SOAP, to the primary server's endpoint {@code primaryEndpoint}. */
    public ConnectionSettings withSoapCallControl(URI primaryEndpoint) {
        return withSoapCallControl(Map.of(ServerRole.PRIMARY, primaryEndpoint));
    }

    /** Call control over SOAP, to each server's endpoint. */
    public ConnectionSettings withSoapCallControl(Map<ServerRole, URI> endpoints) {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, firstRetry, maxRetry, CallControlProtocol.SOAP, endpoints, servicePoll);
    }

    /** Call control over REST (the default). */
    public ConnectionSettings withRestCallControl() {
        return new ConnectionSettings(primary, secondary, agentId, password, dataDirectory, requestTimeout,
                silenceTimeout, firstRetry, maxRetry, CallControlProtocol.REST, soapEndpoints, servicePoll);
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
                && maxRetry.equals(s.maxRetry) && callControl == s.callControl
                && soapEndpoints.equals(s.soapEndpoints) && servicePoll.equals(s.servicePoll);
    }

    @Override
    public int hashCode() {
        return Objects.hash(primary, secondary, agentId, dataDirectory);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[primary=" + primary + ", secondary=" + secondary.orElse(null) + ", agentId="
                + agentId + ", dataDirectory=" + dataDirectory + ", silenceTimeout=" + silenceTimeout
                + ", retries=" + firstRetry + ".." + maxRetry + ", callControl=" + callControl
                + (soapEndpoints.isEmpty() ? "" : ", soapEndpoints=" + soapEndpoints) + ", servicePoll=" + servicePoll
                + "]";
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
