package org.switchboard.connector;

import java.util.List;

/**
 * What the agent entered that has not reached the server yet (or was refused). Reads answer from
 * the session's view and never block; every change also arrives as
 * {@link ConnectorEvent.OutboxChanged}.
 */
public interface OutboxStatus {

    /** How many entries wait to be sent. */
    int pendingCount();

    /** Pending and refused entries, oldest first. */
    List<OutboxItem> items();
}
