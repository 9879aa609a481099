package org.switchboard.connector;

import java.util.concurrent.CompletionStage;

/**
 * Routed email, for the email views still to come; the contract may grow before it is final.
 * Threading as {@link TelephonyService}: never blocks, completes on a connector thread.
 */
public interface EmailService {

    /** Through the outbox: a reply to the customer's message. */
    CompletionStage<ConnectorEvent.ActionCompleted> reply(String interactionId, String body);
}
