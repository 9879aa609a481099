package org.switchboard.desktop.services;

import java.time.Instant;
import java.util.Objects;

/**
 * A redial history entry or a favorite contact.
 *
 * @param kind   AGENT, QUEUE, ENTRY_POINT or NUMBER
 * @param target the agent, queue or entry point id, or the dial number
 * @param name   how the agent saw it named, or the target
 * @param at     when it was last dialled, or added as a favorite
 */
public record CallListEntry(String kind, String target, String name, Instant at) {

    public CallListEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }
}
