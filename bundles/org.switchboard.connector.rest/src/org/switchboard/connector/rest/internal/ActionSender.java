package org.switchboard.connector.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.rest.RestException;

/**
 * Sends live actions (call control, chat accept/end) once, with a fresh request id, on the
 * {@code io} executor; the stage completes when the outcome event with that request id arrives.
 * A refusal at the HTTP edge (4xx) is reported like a refusal event, with the server's message.
 */
final class ActionSender {

    private final OutboxSender.Session session;
    private final Executor io;

    ActionSender(OutboxSender.Session session, Executor io) {
        this.session = session;
        this.io = io;
    }

    CompletableFuture<ConnectorEvent.ActionCompleted> send(String interactionId, String action, Map<String, Object> params) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<ConnectorEvent.ActionCompleted> outcome = session.outcomes().expect(requestId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("requestId", requestId);
        if (params != null && !params.isEmpty()) {
            body.put("params", params);
        }
        io.execute(() -> {
            try {
                session.link().call(c -> c.post("interactions/" + interactionId + "/actions", body, Void.class));
            } catch (RestException e) {
                if (Refusals.isRefusal(e)) {
                    ConnectorEvent.ActionRefused refused = Refusals.of(requestId, interactionId, action, e);
                    if (session.outcomes().arrived(refused)) {
                        session.publish(refused);
                    }
                } else {
                    session.outcomes().fail(requestId, new ConnectorException(action + " was not sent: " + e.getMessage(), e));
                }
            } catch (RuntimeException e) {
                session.outcomes().fail(requestId, new ConnectorException(action + " was not sent: " + e.getMessage(), e));
            }
        });
        return outcome;
    }
}
