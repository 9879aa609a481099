package org.switchboard.connector;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Routed email: offers accepted or rejected, replies, closing without a reply, drafts, transfers
 * and wrap-up, and the team and personal queues the agent retrieves emails from. Threading as
 * {@link TelephonyService}: nothing blocks, stages complete on a connector thread. The case and
 * its thread arrive in {@link #details} with each {@link ConnectorEvent.InteractionChanged}.
 */
public interface EmailService {

    CompletionStage<ConnectorEvent.ActionCompleted> accept(String interactionId);

    CompletionStage<ConnectorEvent.ActionCompleted> reject(String interactionId);

    /** Through the outbox: the reply to the customer's latest message, threaded under it. */
    CompletionStage<ConnectorEvent.ActionCompleted> reply(String interactionId, String body);

    CompletionStage<ConnectorEvent.ActionCompleted> closeWithoutReply(String interactionId);

    /** Through the outbox: the reply so far; the email waits in the agent's personal queue. */
    CompletionStage<ConnectorEvent.ActionCompleted> saveDraft(String interactionId, String body);

    /** To another agent's personal queue or an email service's team queue. */
    CompletionStage<ConnectorEvent.ActionCompleted> transfer(String interactionId, TransferTarget target);

    /** Through the outbox, as {@link TelephonyService#wrapUp(String, String, String)}. */
    default CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition,
            String notes) {
        return wrapUp(interactionId, disposition, notes, null);
    }

    /** Through the outbox, as {@link TelephonyService#wrapUp(String, String, String, CalendarService.FollowUpRequest)}. */
    CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition, String notes,
            CalendarService.FollowUpRequest followUp);

    /** The agent's team queues and personal queue with what waits in them, fetched off the calling thread. */
    CompletionStage<List<EmailQueue>> queues();

    /** Takes an email from a queue; it then arrives as an interaction being worked on. */
    CompletionStage<Void> retrieve(String interactionId);

    /** The email's case as last described by the server; current when its event is delivered. Never blocks. */
    Optional<EmailDetails> details(String interactionId);
}
