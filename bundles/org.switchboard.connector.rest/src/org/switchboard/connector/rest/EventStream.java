package org.switchboard.connector.rest;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.ws.rs.sse.SseEventSource;

import org.switchboard.connector.rest.internal.SerialExecutor;

/**
 * A subscription to a server-sent event stream, created by {@link RestClient#subscribe}.
 * <p>
 * Threading: events are read on a connection thread owned by the stream; every callback of the
 * {@link Listener} runs on the executor given at subscription, one at a time and in arrival order,
 * even when that executor is a pool. The stream remembers the id of the last event it delivered;
 * when the connection drops it reconnects after the reconnect delay and sends that id as
 * {@code Last-Event-ID}, so the server can replay what was missed.
 */
public final class EventStream implements AutoCloseable {

    /** Receives the events of one stream. Callbacks run on the subscription's executor. */
    public interface Listener {

        void onEvent(ServerEvent event);

        /** The connection failed or broke; the stream reconnects by itself unless closed. */
        default void onError(Throwable error) {
        }

        /** The server ended the stream. */
        default void onComplete() {
        }
    }

    private final SseEventSource source;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String lastEventId;

    EventStream(SseEventSource source, String lastEventId, Executor callbacks, Listener listener) {
        this.source = source;
        this.lastEventId = lastEventId;
        Objects.requireNonNull(listener, "listener");
        Executor serial = new SerialExecutor(Objects.requireNonNull(callbacks, "callbacks"));
        source.register(
                inbound -> {
                    ServerEvent event = new ServerEvent(inbound);
                    if (event.id() != null) {
                        this.lastEventId = event.id();
                    }
                    serial.execute(() -> listener.onEvent(event));
                },
                error -> serial.execute(() -> listener.onError(error)),
                () -> serial.execute(listener::onComplete));
    }

    /** Connects. Blocks until the server has answered the request (not until any event arrives). */
    void open() {
        source.open();
    }

    /** The id of the last event received, or the one the subscription started from. */
    public String lastEventId() {
        return lastEventId;
    }

    /** Whether the connection is currently established. */
    public boolean isOpen() {
        return source.isOpen();
    }

    /** Disconnects and stops reconnecting. Blocks up to five seconds for the reader to stop. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            source.close(5, TimeUnit.SECONDS);
        }
    }
}
