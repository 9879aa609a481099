package org.switchboard.server.rest.internal;

/** A request refused at the HTTP edge (authentication, malformed body). */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String error;

    public ApiException(int status, String error, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }
}
