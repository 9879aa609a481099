package org.switchboard.connector;

import java.util.concurrent.CompletionStage;

/**
 * Service chats. Actions return at once and complete as {@link TelephonyService}'s do; the
 * transcript arrives in {@link InteractionInfo#transcript()} with each
 * {@link ConnectorEvent.InteractionChanged}.
 */
public interface ChatService {

    CompletionStage<ConnectorEvent.ActionCompleted> accept(String interactionId);

    CompletionStage<ConnectorEvent.ActionCompleted> reject(String interactionId);

    CompletionStage<ConnectorEvent.ActionCompleted> send(String interactionId, String text);

    CompletionStage<ConnectorEvent.ActionCompleted> end(String interactionId);

    /** Through the outbox, as {@link TelephonyService#wrapUp}. */
    CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition, String notes);
}
