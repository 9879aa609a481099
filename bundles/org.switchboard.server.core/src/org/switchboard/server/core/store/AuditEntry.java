package org.switchboard.server.core.store;

import java.time.Instant;

/**
 * One action someone asked the contact center for, and how it ended. Carries no action parameters
 * (DTMF digits, chat text, call variables may be sensitive).
 *
 * @param agentId   who asked (as they named themselves when the request was refused as UNAUTHORIZED)
 * @param action    LOGIN, LOGOUT, STATE, or the action on an interaction (ANSWER, HOLD, ...)
 * @param subject   the interaction, or the requested agent state, or null
 * @param requestId the client's request id, or null
 * @param outcome   COMPLETED, REFUSED (a rule of the model), or the server's refusal reason
 *                  (UNAUTHORIZED, FORBIDDEN, NOT_FOUND, INVALID, CONFLICT)
 * @param rule      the refusing rule, or null
 */
public record AuditEntry(Instant at, String agentId, String action, String subject, String requestId,
        String outcome, String rule) {

    public static final String COMPLETED = "COMPLETED";
    public static final String REFUSED = "REFUSED";
}
