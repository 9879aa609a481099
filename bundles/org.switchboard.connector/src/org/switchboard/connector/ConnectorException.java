package org.switchboard.connector;

/** A connector could not do what was asked: the server is unreachable, refused a login, or answered an error. */
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
