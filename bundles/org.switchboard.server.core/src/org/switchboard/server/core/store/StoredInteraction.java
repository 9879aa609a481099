package org.switchboard.server.core.store;

import java.time.Instant;
import java.util.List;

/**
 * An interaction as it arrived.
 *
 * @param number       the sequence number its id was made from
 * @param channel      VOICE or CHAT
 * @param cad          the call variables that had a value on arrival
 * @param callbackType for a callback, COURTESY or WEB (its customer number is {@code callerNumber}); else null
 * @param dnis         for a callback, the number the customer had dialled; else null
 */
public record StoredInteraction(long number, String id, String channel, String queueId, String customerId,
        String callerName, String callerNumber, Instant arrived, List<StoredCad> cad, String callbackType,
        String dnis) {

    public StoredInteraction {
        cad = List.copyOf(cad);
    }

    /** An interaction that is not a callback. */
    public StoredInteraction(long number, String id, String channel, String queueId, String customerId,
            String callerName, String callerNumber, Instant arrived, List<StoredCad> cad) {
        this(number, id, channel, queueId, customerId, callerName, callerNumber, arrived, cad, null, null);
    }
}
