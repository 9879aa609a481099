package org.switchboard.server.soap;

import java.net.URI;

/** Where the call-control SOAP endpoint of a running server answers, e.g. {@code http://127.0.0.1:8472/soap/callcontrol}. */
public interface SoapEndpoint {

    URI address();

    /** The published WSDL: the address with {@code ?wsdl}. */
    default URI wsdl() {
        return URI.create(address() + "?wsdl");
    }
}
