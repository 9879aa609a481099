package org.switchboard.connector.rest.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.connector.ServerRole;
import org.switchboard.connector.rest.EventStream;
import org.switchboard.connector.rest.ServerEvent;

/**
 * One connection of the session's event stream: hands each event whose id is new in its server
 * session's log to the sink, once and in order, and reports when the connection is lost. Its
 * callbacks are ignored once it is no longer the supervisor's current connection.
 */
final class EventSubscription implements EventStream.Listener {

    private static final System.Logger LOG = System.getLogger(EventSubscription.class.getName());

    /** The position in one server session's event log. */
    record Cursor(ServerRole role, long generation, AtomicLong lastId) {
    }

    /** The supervisor keeping the stream open. */
    interface Owner {

        boolean isCurrent(EventSubscription subscription);

        /** Called on a stream thread; the owner moves to its own thread. */
        void lost(EventSubscription subscription, String reason);
    }

    private final Cursor cursor;
    private final Owner owner;
    private final StreamSupervisor.Sink sink;
    volatile EventStream stream;
    private volatile long lastActivity = System.nanoTime();

    EventSubscription(Cursor cursor, Owner owner, StreamSupervisor.Sink sink) {
        this.cursor = cursor;
        this.owner = owner;
        this.sink = sink;
    }

    void touch() {
        lastActivity = System.nanoTime();
    }

    long silentFor() {
        return System.nanoTime() - lastActivity;
    }

    @Override
    public void onEvent(ServerEvent event) {
        if (!owner.isCurrent(this)) {
            return;
        }
        touch();
        if (event.isCommentOnly()) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.id());
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "skipping an event without a valid id: " + event);
            return;
        }
        boolean snapshot = "snapshot".equals(event.name());
        // A snapshot states everything up to its id, so it is taken even when that id is not new.
        if (!snapshot && id <= cursor.lastId().get()) {
            LOG.log(System.Logger.Level.DEBUG, "dropping event " + id + ", delivered before");
            return;
        }
        cursor.lastId().set(id);
        try {
            sink.onEvent(event.name() == null ? "" : event.name(), EventMapper.payload(event.data()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "skipping malformed event " + id + " (" + event.name() + "): "
                    + e.getMessage());
        }
    }

    @Override
    public void onError(Throwable error) {
        owner.lost(this, "the event stream failed: " + error.getMessage());
    }

    @Override
    public void onComplete() {
        owner.lost(this, "the server ended the event stream");
    }
}
