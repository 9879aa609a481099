package org.switchboard.connector.cti;

/** The server refused a call-control request, naming its rule (for example {@code UNAUTHORIZED}). */
public class CallControlRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * @param rule    the rule the server named, or {@code null} when it named none
     * @param message the server's message
     */
    public CallControlRefusal(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule the server named, or {@code null}. */
    public String rule() {
        return rule;
    }
}
