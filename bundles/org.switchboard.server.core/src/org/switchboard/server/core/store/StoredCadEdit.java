package org.switchboard.server.core.store;

import java.time.Instant;

/**
 * A saved edit of a call variable: who saved which value as which version. A secure value is never
 * part of the text of this record.
 */
public record StoredCadEdit(String interactionId, String agentId, Instant at, String name, String value,
        boolean secure, long version) {

    @Override
    public String toString() {
        return "StoredCadEdit[" + interactionId + ", " + name + "=" + (secure && !value.isEmpty() ? "******" : value)
                + ", v" + version + " by " + agentId + "]";
    }
}
