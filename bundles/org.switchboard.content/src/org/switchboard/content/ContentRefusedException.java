package org.switchboard.content;

/** An attachment was refused: too large, of a type that is not accepted, or unreadable. */
public class ContentRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ContentRefusedException(String message) {
        super(message);
    }

    public ContentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
