package org.switchboard.connector.rest;

import java.util.Objects;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.InboundSseEvent;

/**
 * One server-sent event as received: its id, its name and its data, readable as text or decoded
 * from JSON with the client's mapper.
 */
public final class ServerEvent {

    private final InboundSseEvent event;

    ServerEvent(InboundSseEvent event) {
        this.event = Objects.requireNonNull(event);
    }

    /** The event id ({@code id:} field), {@code null} when the server sent none. */
    public String id() {
        return event.getId();
    }

    /** The event name ({@code event:} field), {@code null} for unnamed events. */
    public String name() {
        return event.getName();
    }

    /**
     * The comment ({@code :} line), {@code null} when there was none. An event with a comment and
     * no id, name or data is a heartbeat.
     */
    public String comment() {
        return event.getComment();
    }

    /** Whether this is only a comment, such as a heartbeat. */
    public boolean isCommentOnly() {
        return event.getComment() != null && event.getId() == null && event.getName() == null;
    }

    /** The data as text, lines joined with {@code \n}. */
    public String data() {
        return event.readData();
    }

    /**
     * The data decoded from JSON.
     *
     * @throws javax.ws.rs.ProcessingException when the data is not valid JSON for {@code type}
     */
    public <T> T data(Class<T> type) {
        return event.readData(type, MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public String toString() {
        return "ServerEvent[id=" + id() + ", name=" + name() + "]";
    }
}
