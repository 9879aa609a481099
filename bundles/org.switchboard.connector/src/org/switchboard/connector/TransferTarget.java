package org.switchboard.connector;

import java.util.Objects;

/** Where a consult or transfer goes: an agent, queue or entry point id, or a dial number. */
public record TransferTarget(Kind kind, String id) {

    public enum Kind {
        AGENT, QUEUE, ENTRY_POINT, NUMBER
    }

    public TransferTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
