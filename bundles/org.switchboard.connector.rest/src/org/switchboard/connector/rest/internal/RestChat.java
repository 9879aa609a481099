package org.switchboard.connector.rest.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.ChatService;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.chat.ChatAction;

/** Service chats against Switchboard Server; what the agent writes goes through the outbox. */
final class RestChat implements ChatService {

    static final String CALL_CUSTOMER = "CALL_CUSTOMER";

    private final Desk desk;
    private final ActionSender actions;
    private final OutboxSender outbox;
    private final OutboxSender.Session session;
    private final Executor downloads;

    RestChat(Desk desk, ActionSender actions, OutboxSender outbox, OutboxSender.Session session, Executor downloads) {
        this.desk = desk;
        this.actions = actions;
        this.outbox = outbox;
        this.session = session;
        this.downloads = downloads;
    }

    @Override
    public CompletionStage<ActionCompleted> accept(String interactionId) {
        return actions.send(interactionId, ChatAction.ACCEPT.name(), Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> reject(String interactionId) {
        return actions.send(interactionId, ChatAction.REJECT.name(), Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> send(String interactionId, String text) {
        return outbox.submit("reply", interactionId, ChatAction.SEND.name(), Map.of("text", text));
    }

    @Override
    public CompletionStage<ActionCompleted> end(String interactionId) {
        return actions.send(interactionId, ChatAction.END.name(), Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> wrapUp(String interactionId, String disposition, String notes,
            FollowUpRequest followUp) {
        return outbox.submit("wrapup", interactionId, "WRAP_UP", RestTelephony.wrapUpParams(disposition, notes, followUp));
    }

    @Override
    public CompletionStage<ActionCompleted> transfer(String interactionId, TransferTarget target) {
        return actions.send(interactionId, ChatAction.TRANSFER.name(),
                Map.of("target", Map.of("type", target.kind().name(), "id", target.id())));
    }

    @Override
    public CompletionStage<ActionCompleted> callCustomer(String interactionId) {
        return actions.send(interactionId, CALL_CUSTOMER, Map.of());
    }

    @Override
    public Optional<ChatDetails> details(String interactionId) {
        return Optional.ofNullable(desk.chat(interactionId));
    }

    @Override
    public CompletionStage<byte[]> picture(String interactionId, int index, long maxBytes) {
        ChatDetails details = desk.chat(interactionId);
        ChatDetails.Picture listed = details == null ? null
                : details.pictures().stream().filter(p -> p.index() == index).findFirst().orElse(null);
        if (listed != null && listed.sizeBytes() > maxBytes) {
            return CompletableFuture.failedFuture(new ConnectorException(
                    "The picture holds " + listed.sizeBytes() + " bytes, more than " + maxBytes));
        }
        return CompletableFuture.supplyAsync(() -> {
            byte[] bytes;
            try {
                bytes = session.link().call(c -> c.get("interactions/" + interactionId + "/attachments/" + index,
                        byte[].class));
            } catch (RuntimeException e) {
                throw new ConnectorException("The picture could not be fetched: " + e.getMessage(), e);
            }
            if (bytes == null || bytes.length > maxBytes) {
                throw new ConnectorException("The picture is empty or holds more than " + maxBytes + " bytes");
            }
            return bytes;
        }, downloads);
    }
}
