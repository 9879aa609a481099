package org.switchboard.connector.rest.internal;

import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.connector.ChatService;
import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.core.chat.ChatAction;

/** Service chats against Switchboard Server; what the agent writes goes through the outbox. */
final class RestChat implements ChatService {

    private final ActionSender actions;
    private final OutboxSender outbox;

    RestChat(ActionSender actions, OutboxSender outbox) {
        this.actions = actions;
        this.outbox = outbox;
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
    public CompletionStage<ActionCompleted> wrapUp(String interactionId, String disposition, String notes) {
        return outbox.submit("wrapup", interactionId, "WRAP_UP", RestTelephony.wrapUpParams(disposition, notes));
    }
}
