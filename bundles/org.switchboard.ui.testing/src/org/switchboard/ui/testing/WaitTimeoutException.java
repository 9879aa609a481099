package org.switchboard.ui.testing;

/** A condition a UI test waited for did not come true in time. */
public class WaitTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WaitTimeoutException(String message) {
        super(message);
    }
}
