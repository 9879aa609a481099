package org.switchboard.server.core;

import java.time.Instant;
import java.util.List;

/**
 * A queue of emails as one agent sees it: a service's team queue (any agent with its skills may
 * retrieve from it) or the agent's personal queue (its drafts and emails transferred to it).
 */
public record EmailQueueView(String id, String name, Kind kind, int count, List<Item> items) {

    public enum Kind {
        TEAM, PERSONAL
    }

    public EmailQueueView {
        items = List.copyOf(items);
    }

    public EmailQueueView(String id, String name, Kind kind, List<Item> items) {
        this(id, name, kind, items.size(), items);
    }

    public record Item(String interactionId, String caseId, String queueId, String from, String subject,
            Instant arrived, boolean draft) {
    }
}
