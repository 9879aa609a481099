package org.switchboard.connector;

/**
 * A way to reach one kind of contact-center server, registered by a connector bundle as an OSGi
 * service. The desktop lists the registered connectors by {@link #label()} and opens a session
 * with the one the agent picks.
 * <p>
 * Threading: {@link #id()} and {@link #label()} never block. {@link #open} does network and disk
 * I/O on the calling thread and must not be called on the UI thread.
 */
public interface ContactCenterConnector {

    /** A stable identifier, for preferences (for example {@code switchboard-rest}). */
    String id();

    /** A name an agent or administrator recognizes. */
    String label();

    /**
     * Logs the agent in and starts the session's event stream. Blocks until the login has been
     * answered; the stream then connects in the background.
     *
     * @throws ConnectorException when no configured server accepted the login; the message says why
     */
    ConnectorSession open(ConnectionSettings settings);
}
