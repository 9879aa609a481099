package org.switchboard.server.core.store;

import java.time.Instant;
import java.util.List;

/**
 * An interaction as it arrived.
 *
 * @param number  the sequence number its id was made from
 * @param channel VOICE or CHAT
 * @param cad     the call variables that had a value on arrival
 */
public record StoredInteraction(long number, String id, String channel, String queueId, String customerId,
        String callerName, String callerNumber, Instant arrived, List<StoredCad> cad) {

    public StoredInteraction {
        cad = List.copyOf(cad);
    }
}
