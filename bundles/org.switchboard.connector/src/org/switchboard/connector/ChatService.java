package org.switchboard.connector;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Service chats. Actions return at once and complete as {@link TelephonyService}'s do; the
 * transcript arrives in {@link InteractionInfo#transcript()} with each
 * {@link ConnectorEvent.InteractionChanged}, and the rest of the chat in {@link #details}.
 */
public interface ChatService {

    CompletionStage<ConnectorEvent.ActionCompleted> accept(String interactionId);

    CompletionStage<ConnectorEvent.ActionCompleted> reject(String interactionId);

    CompletionStage<ConnectorEvent.ActionCompleted> send(String interactionId, String text);

    CompletionStage<ConnectorEvent.ActionCompleted> end(String interactionId);

    /** Through the outbox, as {@link TelephonyService#wrapUp(String, String, String)}. */
    default CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition,
            String notes) {
        return wrapUp(interactionId, disposition, notes, null);
    }

    /** Through the outbox, as {@link TelephonyService#wrapUp(String, String, String, CalendarService.FollowUpRequest)}. */
    CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition, String notes,
            CalendarService.FollowUpRequest followUp);

    /** Hands the chat with its conversation to an agent or a chat queue; the agent then owes a wrap-up. */
    default CompletionStage<ConnectorEvent.ActionCompleted> transfer(String interactionId, TransferTarget target) {
        return notOffered("transfer");
    }

    /**
     * Calls the customer of a mobile chat at {@link ChatDetails#phoneNumber()}: the call and the chat
     * form one multimedia interaction, and the call arrives as a voice interaction.
     */
    default CompletionStage<ConnectorEvent.ActionCompleted> callCustomer(String interactionId) {
        return notOffered("calling the customer");
    }

    /**
     * The chat's mobile context, pictures and calls as last described by the server; current when
     * the chat's {@link ConnectorEvent.InteractionChanged} is delivered. Never blocks.
     */
    default Optional<ChatDetails> details(String interactionId) {
        return Optional.empty();
    }

    /**
     * The bytes of picture {@code index} of the chat, fetched off the calling thread. Completes
     * exceptionally with {@link ConnectorException} when it cannot be fetched or holds more than
     * {@code maxBytes}.
     */
    default CompletionStage<byte[]> picture(String interactionId, int index, long maxBytes) {
        return notOffered("pictures");
    }

    private static <T> CompletionStage<T> notOffered(String what) {
        return CompletableFuture.failedFuture(new ConnectorException("This connector does not offer " + what));
    }
}
