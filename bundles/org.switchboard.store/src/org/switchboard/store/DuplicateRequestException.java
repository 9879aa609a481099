package org.switchboard.store;

/** Thrown when an entry with a {@code requestId} already in the outbox is appended again. */
public class DuplicateRequestException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String requestId;

    public DuplicateRequestException(String requestId, Throwable cause) {
        super("Request " + requestId + " is already in the outbox", cause);
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }
}
