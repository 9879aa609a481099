package org.switchboard.server.core;

/**
 * What became of an email the contact center received.
 *
 * @param interactionId the email routed to agents, or null when it only joined its case
 */
public record EmailReceipt(Outcome outcome, String caseId, String interactionId) {

    public enum Outcome {
        /** A new case, waiting in its service's team queue. */
        NEW_CASE,
        /** A reply of the customer's, routed again within its case. */
        JOINED,
        /** An auto-reply or delivery report, kept in its case without being routed. */
        JOINED_QUIETLY,
        /** The same Message-ID was received before: nothing changed. */
        DUPLICATE,
        /** An auto-reply or delivery report matching no case: dropped, never answered. */
        DROPPED
    }
}
