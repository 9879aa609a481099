package org.switchboard.core.internal;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

/** Argument checks that refuse with {@link Rule#MISSING_VALUE} instead of a bare NullPointerException. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new ActionRefusedException(Rule.MISSING_VALUE, name);
        }
        return value;
    }

    public static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ActionRefusedException(Rule.MISSING_VALUE, name);
        }
        return value;
    }

    public static void check(Rule refusal) {
        if (refusal != null) {
            throw new ActionRefusedException(refusal);
        }
    }

    public static void check(Rule refusal, String detail) {
        if (refusal != null) {
            throw new ActionRefusedException(refusal, detail);
        }
    }
}
