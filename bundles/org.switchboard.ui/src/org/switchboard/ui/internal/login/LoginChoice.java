package org.switchboard.ui.internal.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.switchboard.connector.CallControlProtocol;

/**
 * The servers and call control as the agent entered them in the login dialog, before checking.
 *
 * @param secondary    the failover server's address, or empty for none
 * @param soapEndpoint the SOAP call-control endpoint, or empty to derive it from the server's address
 */
public record LoginChoice(String server, String secondary, CallControlProtocol callControl, String soapEndpoint) {

    static final String SOAP_PATH = "/soap/callcontrol";

    /**
     * The SOAP endpoint a Switchboard server has beside its REST API: same host, the next port,
     * {@value #SOAP_PATH} (the server's defaults are 8471 and 8472). Empty when the address is not a URL.
     */
    static Optional<URI> derivedSoapEndpoint(String server) {
        Optional<URI> api = httpUrl(server);
        if (api.isEmpty()) {
            return Optional.empty();
        }
        URI u = api.get();
        int port = u.getPort() >= 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        try {
            return Optional.of(new URI(u.getScheme(), null, u.getHost(), port + 1, SOAP_PATH, null, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The address as an http or https URL with a host; empty when it is not one. */
    static Optional<URI> httpUrl(String address) {
        try {
            URI uri = new URI(address.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // not a URL
        }
        return Optional.empty();
    }
}
