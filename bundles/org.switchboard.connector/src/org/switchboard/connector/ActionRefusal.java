package org.switchboard.connector;

import java.util.Objects;

/**
 * The server refused an action: an action's stage completes exceptionally with this, and listeners
 * receive the same refusal as {@link ConnectorEvent.ActionRefused}.
 */
public class ActionRefusal extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final transient ConnectorEvent.ActionRefused refusal;

    public ActionRefusal(ConnectorEvent.ActionRefused refusal) {
        super(Objects.requireNonNull(refusal, "refusal").message());
        this.refusal = refusal;
    }

    /** The refusal event: request id, the rule the server named and its message. */
    public ConnectorEvent.ActionRefused refusal() {
        return refusal;
    }
}
