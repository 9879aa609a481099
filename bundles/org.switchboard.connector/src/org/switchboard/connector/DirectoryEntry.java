package org.switchboard.connector;

import java.util.Objects;

import org.switchboard.core.agent.AgentState;

/**
 * One line of the directory.
 *
 * @param kind     an agent, queue, entry point or external number
 * @param id       the agent, queue or entry point id, or the dial number: what a call, consult or
 *                 transfer is sent to
 * @param name     how the directory names it
 * @param presence an agent's state when the server answered; null for other kinds or when unknown
 */
public record DirectoryEntry(TransferTarget.Kind kind, String id, String name, AgentState presence) {

    public DirectoryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }

    /** Where a call, consult or transfer to this entry goes. */
    public TransferTarget target() {
        return new TransferTarget(kind, id);
    }
}
