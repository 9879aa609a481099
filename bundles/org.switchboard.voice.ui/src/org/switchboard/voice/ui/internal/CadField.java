package org.switchboard.voice.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.switchboard.connector.InteractionInfo.CallVariable;

/**
 * One editable call variable of a control panel: the agent's draft over the version it started from.
 * While the agent has a draft, newer values from the server do not replace it: the save then names
 * the version the agent was shown, and the server decides whether another save came first.
 */
abstract class CadField {

    private CallVariable latest;
    private long base;
    private boolean dirty;
    private boolean showing;
    private final Runnable changed;

    CadField(CallVariable variable, Runnable changed) {
        this.latest = variable;
        this.base = variable.version();
        this.changed = changed;
    }

    final CallVariable variable() {
        return latest;
    }

    /** The version the agent's draft started from. */
    final long base() {
        return base;
    }

    final boolean dirty() {
        return dirty;
    }

    /** The server described the variable again: shown unless the agent has a draft. */
    final void serverSays(CallVariable variable) {
        latest = variable;
        if (!dirty) {
            revert();
        }
    }

    /** Shows the value last saved on the server and drops the draft. */
    final void revert() {
        base = latest.version();
        dirty = false;
        showing = true;
        try {
            show(latest.value() == null ? "" : latest.value());
        } finally {
            showing = false;
        }
    }

    /** Called by subclasses when the agent changed the value. */
    protected final void edited() {
        if (!showing) {
            dirty = true;
            changed.run();
        }
    }

    abstract Control control();

    /** The value as the agent entered it, in the server's form. */
    abstract String draft();

    protected abstract void show(String value);
}
