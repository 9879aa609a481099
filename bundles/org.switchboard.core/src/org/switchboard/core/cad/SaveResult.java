package org.switchboard.core.cad;

/** The outcome of saving a variable edit. */
public sealed interface SaveResult {

    record Saved(long version) implements SaveResult {
    }

    /**
     * Another agent saved first. {@code saved} is the value now stored (its {@code toString} masks it
     * when secure); {@code message} tells the agent, with the value as displays show it.
     */
    record Conflict(CadValue saved, String savedBy, String message) implements SaveResult {
    }
}
