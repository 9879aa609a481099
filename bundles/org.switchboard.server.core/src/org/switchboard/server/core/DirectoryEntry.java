package org.switchboard.server.core;



/**
 * One line of the directory: consult and transfer targets, and whom an agent can call.
 *
 * @param kind     AGENT, QUEUE, ENTRY_POINT or NUMBER
 * @param target   the agent, queue or entry point id, or the dial number
 * @param presence for an agent as the directory lists it: its state now (READY, NOT_READY, BUSY,
 *                 WRAP_UP, RESERVED, RONA, LOGGED_OUT); null for other kinds and in the configuration
 */
public record DirectoryEntry(Kind kind, String target, String name, String presence) {

    /** A configured entry: presence is added when the directory is listed. */
    public DirectoryEntry(Kind kind, String target, String name) {
        this(kind, target, name, null);
    }

    public DirectoryEntry withPresence(String state) {
        return new DirectoryEntry(kind, target, name, state);
    }

    public enum Kind {
        AGENT, QUEUE, ENTRY_POINT, NUMBER
    }

    public DirectoryEntry {
        Checks.present(kind, "kind");
        Checks.text(target, "target");
        Checks.text(name, "name");
    }
}
