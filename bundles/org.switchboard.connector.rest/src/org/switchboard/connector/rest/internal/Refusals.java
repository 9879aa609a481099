package org.switchboard.connector.rest.internal;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns the server's error answer ({@code {error, message, rule}}) into a refusal for the agent. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Whether the server's API turned the request away (a 4xx with its JSON error body). Anything
     * else (no answer, 5xx, a 404 page from a front end whose API is not deployed yet, 429) means
     * the server is not available and the request may be tried again.
     */
    static boolean isRefusal(RestException e) {
        if (e.status() < 400 || e.status() >= 500 || e.status() == 408 || e.status() == 429) {
            return false;
        }
        try {
            JsonNode body = Json.mapper().readTree(e.responseBody());
            return body != null && body.hasNonNull("error");
        } catch (Exception notJson) {
            return false;
        }
    }

    static ConnectorEvent.ActionRefused of(String requestId, String interactionId, String action, RestException e) {
        String rule = null;
        String message = null;
        try {
            JsonNode body = Json.mapper().readTree(e.responseBody());
            if (body != null) {
                rule = EventMapper.text(body, "rule");
                if (rule == null) {
                    rule = EventMapper.text(body, "error");
                }
                message = EventMapper.text(body, "message");
            }
        } catch (Exception unreadable) {
            // the status line is all there is
        }
        return new ConnectorEvent.ActionRefused(requestId, interactionId, action, rule,
                message == null ? e.getMessage() : message);
    }
}
