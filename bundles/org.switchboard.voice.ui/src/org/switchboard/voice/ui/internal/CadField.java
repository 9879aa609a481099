package org.switchboard.voice.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.switchboard.connector.InteractionInfo.CallVariable;

/**
 * One editable call variable of a control panel: the agent's draft over the version it started from.
 * When another agent saves the variable while this one has a draft, the saved value replaces the draft
 * (the guide: the saved change shows first, the other agent is told). A draft the server has not
 * heard of yet (saved from the outbox later) names the version the agent was shown, and the server
 * decides whether another save came first.
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

    /**
     * The server described the variable again: shown unless the agent has a draft that no later save
     * overtook. Returns true when a save of a different value replaced the agent's draft.
     */
    final boolean serverSays(CallVariable variable) {
        latest = variable;
        if (!dirty) {
            revert();
            return false;
        }
        if (variable.version() <= base) {
            return false;
        }
        boolean replaced = !draft().equals(variable.value() == null ? "" : variable.value());
        revert();
        return replaced;
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
