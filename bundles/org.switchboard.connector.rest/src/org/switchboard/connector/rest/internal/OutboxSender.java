package org.switchboard.connector.rest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.OutboxItem;
import org.switchboard.connector.rest.RestException;
import org.switchboard.store.OutboxEntry;
import org.switchboard.store.OutboxStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends what the agent entered from the local outbox: each entry is stored first, then posted with
 * its request id until the server takes it (202), oldest first, while the event stream is up (and
 * as soon as it is up again). A failure to reach the server keeps the entry pending and retries
 * with back-off; a refusal by the server's API marks it failed and reports the server's message. Entries left by an earlier session are sent the same way. The server ignores a
 * repeated request id, so an entry sent twice is applied once.
 * <p>
 * Threading: all store and network work runs on the {@code io} executor (one thread).
 */
final class OutboxSender {

    private static final System.Logger LOG = System.getLogger(OutboxSender.class.getName());
    private static final ObjectMapper MAPPER = Json.mapper();

    /** What the sender needs from the session. */
    interface Session {
        ServerLink link();

        Outcomes outcomes();

        /** Publishes to listeners in the session's event order. */
        void publish(ConnectorEvent event);

        /** Whether the event stream is up, so that an outcome sent now will be heard. */
        boolean streaming();
    }

    private final Supplier<OutboxStore> store;
    private final ScheduledExecutorService io;
    private final ConnectionSettings settings;
    private final Session session;
    private Duration backoff;
    private ScheduledFuture<?> retry;
    /** Null until first read from the store, so that the first reading is always published. */
    private volatile ConnectorEvent.OutboxChanged status;

    OutboxSender(Supplier<OutboxStore> store, ScheduledExecutorService io, ConnectionSettings settings, Session session) {
        this.store = store;
        this.io = io;
        this.settings = settings;
        this.session = session;
        this.backoff = settings.firstRetry();
    }

    ConnectorEvent.OutboxChanged status() {
        ConnectorEvent.OutboxChanged s = status;
        return s == null ? new ConnectorEvent.OutboxChanged(0, List.of()) : s;
    }

    /** Stores the request and sends it; completes when its outcome event arrives. Returns at once. */
    CompletableFuture<ConnectorEvent.ActionCompleted> submit(String kind, String interactionId, String action,
            Map<String, Object> params) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<ConnectorEvent.ActionCompleted> outcome = session.outcomes().expect(requestId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("interactionId", interactionId);
        payload.put("action", action);
        payload.put("params", params);
        io.execute(() -> {
            try {
                store.get().append(requestId, kind, MAPPER.writeValueAsString(payload));
            } catch (JsonProcessingException | RuntimeException e) {
                session.outcomes().fail(requestId, new ConnectorException("The outbox could not store the request", e));
                return;
            }
            publishStatus();
            flush();
        });
        return outcome;
    }

    /** Sends what is pending now (after a reconnection, at start). Returns at once. */
    void flushSoon() {
        io.execute(this::flush);
    }

    /** A refusal event arrived: if it answers an outbox entry, that entry failed for good. */
    void refused(ConnectorEvent.ActionRefused refusal) {
        io.execute(() -> {
            try {
                if (store.get().markFailed(refusal.requestId(), refusal.message(), false)) {
                    publishStatus();
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "recording a refusal in the outbox failed", e);
            }
        });
    }

    private void flush() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        if (!session.streaming()) {
            // Sent once the stream is back: an outcome published before the stream resumes on a
            // new server session would be folded into its snapshot and never heard.
            publishStatus();
            return;
        }
        List<OutboxEntry> pending;
        try {
            pending = store.get().pending();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "reading the outbox failed", e);
            return;
        }
        for (OutboxEntry entry : pending) {
            if (!send(entry)) {
                Duration wait = backoff;
                backoff = backoff.multipliedBy(2).compareTo(settings.maxRetry()) > 0 ? settings.maxRetry()
                        : backoff.multipliedBy(2);
                retry = io.schedule(this::flush, wait.toMillis(), TimeUnit.MILLISECONDS);
                break;
            }
            backoff = settings.firstRetry();
        }
        publishStatus();
    }

    /** {@code false} when the entry must be tried again later. */
    private boolean send(OutboxEntry entry) {
        JsonNode payload;
        try {
            payload = MAPPER.readTree(entry.payload());
        } catch (JsonProcessingException e) {
            store.get().markFailed(entry.requestId(), "unreadable outbox entry: " + e.getOriginalMessage(), false);
            return true;
        }
        String interactionId = payload.path("interactionId").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", payload.path("action").asText());
        body.put("requestId", entry.requestId());
        if (payload.path("params").isObject()) {
            body.put("params", payload.get("params"));
        }
        try {
            session.link().call(c -> c.post("interactions/" + interactionId + "/actions", body, Void.class));
            store.get().markSent(entry.requestId());
            return true;
        } catch (RestException e) {
            if (!Refusals.isRefusal(e)) {
                store.get().markFailed(entry.requestId(), e.getMessage(), true);
                return false;
            }
            ConnectorEvent.ActionRefused refused = Refusals.of(entry.requestId(), interactionId,
                    payload.path("action").asText(), e);
            store.get().markFailed(entry.requestId(), refused.message(), false);
            if (session.outcomes().arrived(refused)) {
                session.publish(refused);
            }
            return true;
        } catch (RuntimeException e) {
            store.get().markFailed(entry.requestId(), String.valueOf(e.getMessage()), true);
            return false;
        }
    }

    private void publishStatus() {
        List<OutboxItem> items = new ArrayList<>();
        int pending;
        try {
            List<OutboxEntry> waiting = store.get().pending();
            pending = waiting.size();
            waiting.forEach(e -> items.add(item(e, OutboxItem.State.PENDING)));
            store.get().failed().forEach(e -> items.add(item(e, OutboxItem.State.FAILED)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "reading the outbox failed", e);
            return;
        }
        ConnectorEvent.OutboxChanged next = new ConnectorEvent.OutboxChanged(pending, items);
        if (!next.equals(status)) {
            status = next;
            session.publish(next);
        }
    }

    private static OutboxItem item(OutboxEntry e, OutboxItem.State state) {
        String interactionId = null;
        try {
            interactionId = MAPPER.readTree(e.payload()).path("interactionId").asText(null);
        } catch (JsonProcessingException ignored) {
            // shown without its interaction
        }
        return new OutboxItem(e.requestId(), e.kind(), interactionId, state, e.attempts(), e.createdAt(), e.lastError());
    }
}
