package org.switchboard.server.core;



/**
 * One line of the consult/transfer directory.
 *
 * @param kind   AGENT, QUEUE, ENTRY_POINT or NUMBER
 * @param target the agent, queue or entry point id, or the dial number
 */
public record DirectoryEntry(Kind kind, String target, String name) {

    public enum Kind {
        AGENT, QUEUE, ENTRY_POINT, NUMBER
    }

    public DirectoryEntry {
        Checks.present(kind, "kind");
        Checks.text(target, "target");
        Checks.text(name, "name");
    }
}
