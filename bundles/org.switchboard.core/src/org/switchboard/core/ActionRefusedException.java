package org.switchboard.core;

import java.util.Objects;

/**
 * Thrown when an action is not allowed: names the {@link Rule} that refused it. The model it was
 * thrown from is unchanged. The message never carries a secure value.
 */
public final class ActionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Rule rule;

    public ActionRefusedException(Rule rule) {
        this(rule, null);
    }

    public ActionRefusedException(Rule rule, String detail) {
        super(message(rule, detail), null, false, false);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    private static String message(Rule rule, String detail) {
        String base = rule == null ? "refused" : rule.name() + ": " + rule.message();
        return detail == null || detail.isEmpty() ? base : base + " (" + detail + ")";
    }

    /** The rule that refused the action. */
    public Rule rule() {
        return rule;
    }
}
