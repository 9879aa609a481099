package org.switchboard.connector.rest.internal;

/** A server event that cannot be read: not JSON, or missing what its type requires. */
final class MalformedEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedEventException(String message) {
        super(message, null, false, false);
    }
}
