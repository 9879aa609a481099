package org.switchboard.server.core;

import java.util.Optional;

import org.switchboard.core.Rule;

/** A request the server turns away before anything changes: who may ask, what exists, what is well formed. */
public final class ServerRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNAUTHORIZED, FORBIDDEN, NOT_FOUND, INVALID, CONFLICT
    }

    private final Reason reason;
    private final transient Rule rule;

    public ServerRefusal(Reason reason, String message) {
        this(reason, null, message);
    }

    public ServerRefusal(Reason reason, Rule rule, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.rule = rule;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Rule> rule() {
        return Optional.ofNullable(rule);
    }
}
