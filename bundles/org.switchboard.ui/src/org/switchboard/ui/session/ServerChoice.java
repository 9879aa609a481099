package org.switchboard.ui.session;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ServerRole;

/**
 * The servers an agent logs in to and how call control reaches them.
 *
 * @param primary       the primary server's API root, for example {@code http://127.0.0.1:8471/api/v1/}
 * @param secondary     the server to fail over to, if any
 * @param callControl   REST or SOAP for voice call control
 * @param soapEndpoints with SOAP, the call-control endpoint of each server
 */
public record ServerChoice(URI primary, Optional<URI> secondary, CallControlProtocol callControl,
        Map<ServerRole, URI> soapEndpoints) {

    public ServerChoice {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(callControl, "callControl");
        Map<ServerRole, URI> endpoints = new EnumMap<>(ServerRole.class);
        endpoints.putAll(Objects.requireNonNull(soapEndpoints, "soapEndpoints"));
        soapEndpoints = Map.copyOf(endpoints);
    }

    /** One server, call control over REST. */
    public static ServerChoice rest(URI server) {
        return new ServerChoice(server, Optional.empty(), CallControlProtocol.REST, Map.of());
    }
}
