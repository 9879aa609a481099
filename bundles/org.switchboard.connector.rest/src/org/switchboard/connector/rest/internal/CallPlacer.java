package org.switchboard.connector.rest.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TransferTarget;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/** Places outbound and internal calls through {@code POST calls}, once, on the {@code io} executor. */
final class CallPlacer {

    static final String ACTION = "PLACE_CALL";

    private final OutboxSender.Session session;
    private final Executor io;

    CallPlacer(OutboxSender.Session session, Executor io) {
        this.session = session;
        this.io = io;
    }

    CompletionStage<InteractionInfo> place(TransferTarget target) {
        if (target.kind() != TransferTarget.Kind.NUMBER && target.kind() != TransferTarget.Kind.AGENT) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("A call goes to a dial number or an agent, not a " + target.kind()));
        }
        Map<String, Object> body = Map.of("kind", target.kind().name(), "to", target.id());
        CompletableFuture<InteractionInfo> answer = new CompletableFuture<>();
        io.execute(() -> {
            try {
                JsonNode view = session.link().call(c -> c.post("calls", body, JsonNode.class));
                answer.complete(EventMapper.interaction(view));
            } catch (RestException e) {
                answer.completeExceptionally(Refusals.isRefusal(e)
                        ? new ActionRefusal(Refusals.of("", null, ACTION, e))
                        : new ConnectorException("The call was not placed: " + e.getMessage(), e));
            } catch (RuntimeException e) {
                answer.completeExceptionally(new ConnectorException("The call was not placed: " + e.getMessage(), e));
            }
        });
        return answer;
    }
}
