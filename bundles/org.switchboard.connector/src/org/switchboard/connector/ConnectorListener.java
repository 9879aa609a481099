package org.switchboard.connector;

/**
 * Receives a session's events. Called on the executor given to
 * {@link ConnectorSession#addListener}, one event at a time, in order; an exception thrown here is
 * logged and does not stop later events.
 */
@FunctionalInterface
public interface ConnectorListener {

    void onEvent(ConnectorEvent event);
}
