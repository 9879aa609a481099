package org.switchboard.server.core;

/**
 * One event of an agent session's stream. Ids increase by one per session; a snapshot carries the
 * id of the last event it includes.
 *
 * @param type      see {@link EventTypes}
 * @param requestId the request this event answers, or null
 * @param data      a record of this package, written as JSON
 */
public record ServerEvent(long id, String type, String requestId, Object data) {
}
