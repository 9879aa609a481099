package org.switchboard.connector.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.rest.RestException;
import org.switchboard.core.cad.SecureValues;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a secure call variable's value through {@code GET interactions/{id}/cad/{name}/secure-value},
 * on the {@code lookups} executor. The value is handed to the caller and remembered only by the
 * core's log masking, so that no log line shows it; nothing else keeps it.
 */
final class SecureValueReader {

    static final String ACTION = "REVEAL_CAD";

    private final OutboxSender.Session session;
    private final Executor lookups;

    SecureValueReader(OutboxSender.Session session, Executor lookups) {
        this.session = session;
        this.lookups = lookups;
    }

    CompletionStage<String> read(String interactionId, String name) {
        String path = "interactions/" + encode(interactionId) + "/cad/" + encode(name) + "/secure-value";
        CompletableFuture<String> answer = new CompletableFuture<>();
        lookups.execute(() -> {
            try {
                JsonNode body = session.link().call(c -> c.get(path, JsonNode.class));
                String value = body.path("value").asText("");
                SecureValues.remember(value);
                answer.complete(value);
            } catch (RestException e) {
                answer.completeExceptionally(Refusals.isRefusal(e)
                        ? new ActionRefusal(Refusals.of("", interactionId, ACTION, e))
                        : new ConnectorException("The secure value could not be read: " + e.getMessage(), e));
            } catch (RuntimeException e) {
                answer.completeExceptionally(new ConnectorException("The secure value could not be read: "
                        + e.getMessage(), e));
            }
        });
        return answer;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part == null ? "" : part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
