package org.switchboard.server.core;

/**
 * A call variable as an agent sees it: secure values are masked.
 *
 * @param version how many times the value was saved since the interaction arrived; an EDIT_CAD names
 *                the version it started from, and loses if a save came after it
 * @param savedBy the agent who saved the value last; null for the value the interaction arrived with
 */
public record CadView(String name, String label, String type, String value, boolean editable, boolean secure,
        long version, String savedBy) {
}
