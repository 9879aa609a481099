package org.switchboard.connector.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.EmailQueue;
import org.switchboard.connector.EmailService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/** Routed email against Switchboard Server; replies, drafts and wrap-ups go through the outbox. */
final class RestEmail implements EmailService {

    private final Desk desk;
    private final ActionSender actions;
    private final OutboxSender outbox;
    private final OutboxSender.Session session;
    private final Executor lookups;

    RestEmail(Desk desk, ActionSender actions, OutboxSender outbox, OutboxSender.Session session, Executor lookups) {
        this.desk = desk;
        this.actions = actions;
        this.outbox = outbox;
        this.session = session;
        this.lookups = lookups;
    }

    @Override
    public CompletionStage<ActionCompleted> accept(String interactionId) {
        return actions.send(interactionId, "ACCEPT", Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> reject(String interactionId) {
        return actions.send(interactionId, "REJECT", Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> reply(String interactionId, String body) {
        return outbox.submit("email-reply", interactionId, "REPLY", Map.of("text", body));
    }

    @Override
    public CompletionStage<ActionCompleted> closeWithoutReply(String interactionId) {
        return actions.send(interactionId, "CLOSE_WITHOUT_REPLY", Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> saveDraft(String interactionId, String body) {
        return outbox.submit("email-draft", interactionId, "SAVE_DRAFT", Map.of("text", body == null ? "" : body));
    }

    @Override
    public CompletionStage<ActionCompleted> transfer(String interactionId, TransferTarget target) {
        return actions.send(interactionId, "TRANSFER",
                Map.of("target", Map.of("type", target.kind().name(), "id", target.id())));
    }

    @Override
    public CompletionStage<ActionCompleted> wrapUp(String interactionId, String disposition, String notes,
            FollowUpRequest followUp) {
        return outbox.submit("wrapup", interactionId, "WRAP_UP", RestTelephony.wrapUpParams(disposition, notes, followUp));
    }

    @Override
    public CompletionStage<List<EmailQueue>> queues() {
        return ask("The email queues could not be read",
                () -> EmailMapper.queues(session.link().call(c -> c.get("email/queues", JsonNode.class))));
    }

    @Override
    public CompletionStage<Void> retrieve(String interactionId) {
        return ask("The email could not be retrieved", () -> {
            session.link().call(c -> c.post("email/" + interactionId + "/retrieve", Map.of(), JsonNode.class));
            return null;
        });
    }

    private <T> CompletionStage<T> ask(String failure, Supplier<T> request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.get();
            } catch (RestException e) {
                String why = Refusals.isRefusal(e) ? Refusals.of("", null, "email", e).message() : e.getMessage();
                throw new ConnectorException(failure + ": " + why, e);
            } catch (ConnectorException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConnectorException(failure + ": " + e.getMessage(), e);
            }
        }, lookups);
    }

    @Override
    public Optional<EmailDetails> details(String interactionId) {
        return Optional.ofNullable(desk.email(interactionId));
    }
}
