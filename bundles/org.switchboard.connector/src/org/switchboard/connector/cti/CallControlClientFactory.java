package org.switchboard.connector.cti;

import java.net.URI;
import java.time.Duration;

import org.switchboard.connector.CallControlProtocol;
import org.switchboard.core.voice.CallAction;

/**
 * Opens clients of one call-control protocol; an OSGi service of the bundle that speaks it.
 * <p>
 * Threading: {@link #protocol()} and {@link #supports} never block; {@link #open} reads the protocol's contract and may
 * take a few hundred milliseconds: never on the UI thread.
 */
public interface CallControlClientFactory {

    /** The protocol its clients speak, as {@link org.switchboard.connector.ConnectionSettings#callControl()} names it. */
    CallControlProtocol protocol();

    /**
     * Whether {@code action} (without parameters) has an operation in the protocol; a connector
     * sends the others its own way.
     */
    boolean supports(CallAction action);

    /**
     * A client of the call-control endpoint at {@code address}.
     *
     * @param timeout how long to wait for the connection and then for each answer
     */
    CallControlClient open(URI address, Duration timeout);
}
