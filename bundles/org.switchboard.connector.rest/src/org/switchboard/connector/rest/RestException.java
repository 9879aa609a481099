package org.switchboard.connector.rest;

/**
 * A REST call that did not succeed: the server answered with a non-2xx status, or the exchange
 * failed before an answer arrived (status {@code 0}).
 */
public class RestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String responseBody;

    public RestException(int status, String message, String responseBody, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.responseBody = responseBody;
    }

    /** HTTP status of the answer, or {@code 0} when no answer arrived (connection refused, timeout). */
    public int status() {
        return status;
    }

    /** Body of the error answer as text, empty when there was none. */
    public String responseBody() {
        return responseBody == null ? "" : responseBody;
    }
}
