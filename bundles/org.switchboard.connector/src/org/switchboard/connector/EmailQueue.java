package org.switchboard.connector;

import java.time.Instant;
import java.util.List;

/**
 * A queue of emails the agent may retrieve from: a service's team queue, or the agent's personal
 * queue (its drafts and the emails transferred to it).
 */
public record EmailQueue(String id, String name, Kind kind, List<Item> items) {

    public enum Kind {
        TEAM, PERSONAL
    }

    public EmailQueue {
        items = List.copyOf(items);
    }

    public int count() {
        return items.size();
    }

    /** @param draft the agent saved a draft reply to it */
    public record Item(String interactionId, String caseId, String from, String subject, Instant arrived,
            boolean draft) {
    }
}
