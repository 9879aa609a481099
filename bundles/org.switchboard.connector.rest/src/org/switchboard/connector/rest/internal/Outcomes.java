package org.switchboard.connector.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.ConnectorEvent;

/**
 * The actions waiting for their outcome event, by request id, and the request ids whose outcome
 * was already delivered: a server answers a repeated request id with its first outcome again, and
 * listeners must see it once.
 */
final class Outcomes {

    private static final int REMEMBERED = 4096;

    private final Map<String, CompletableFuture<ConnectorEvent.ActionCompleted>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Boolean> delivered = new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    CompletableFuture<ConnectorEvent.ActionCompleted> expect(String requestId) {
        return waiting.computeIfAbsent(requestId, id -> new CompletableFuture<>());
    }

    /** Records the outcome; {@code false} when this request id's outcome was delivered before. */
    boolean arrived(ConnectorEvent outcome) {
        String requestId = switch (outcome) {
            case ConnectorEvent.ActionCompleted c -> c.requestId();
            case ConnectorEvent.ActionRefused r -> r.requestId();
            default -> throw new IllegalArgumentException(outcome.toString());
        };
        synchronized (delivered) {
            if (delivered.put(requestId, Boolean.TRUE) != null) {
                return false;
            }
        }
        CompletableFuture<ConnectorEvent.ActionCompleted> f = waiting.remove(requestId);
        if (f != null) {
            if (outcome instanceof ConnectorEvent.ActionCompleted c) {
                f.complete(c);
            } else {
                f.completeExceptionally(new ActionRefusal((ConnectorEvent.ActionRefused) outcome));
            }
        }
        return true;
    }

    /**
     * Completes the action's stage from a synchronous answer, without counting the outcome as
     * delivered: listeners hear of it from its event. Does nothing when the event came first.
     */
    void answered(ConnectorEvent.ActionCompleted outcome) {
        CompletableFuture<ConnectorEvent.ActionCompleted> f = waiting.remove(outcome.requestId());
        if (f != null) {
            f.complete(outcome);
        }
    }

    void fail(String requestId, Throwable error) {
        CompletableFuture<ConnectorEvent.ActionCompleted> f = waiting.remove(requestId);
        if (f != null) {
            f.completeExceptionally(error);
        }
    }

    void failAll(Throwable error) {
        waiting.keySet().forEach(id -> fail(id, error));
    }
}
