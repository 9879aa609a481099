package org.switchboard.core.wrapup;

import org.switchboard.core.internal.Require;

/** A wrap-up reason (disposition) configured by the administrator. */
public record Disposition(String code, String label) {

    public Disposition {
        Require.text(code, "disposition code");
        Require.text(label, "disposition label");
    }
}
