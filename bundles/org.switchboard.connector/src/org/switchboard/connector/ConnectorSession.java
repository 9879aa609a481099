package org.switchboard.connector;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One agent's logged-in session with a contact center, created by
 * {@link ContactCenterConnector#open}. It keeps its event stream alive by itself: a lost stream is
 * resumed where it stopped (or reconciled from a snapshot), on the primary or the secondary server.
 * <p>
 * Threading: {@link #close()} and {@link #logout()} do I/O and may block; every other method returns at once and may
 * be called from any thread, the UI thread included.
 */
public interface ConnectorSession extends AutoCloseable {

    String agentId();

    /** The connection's current state; changes also arrive as {@link ConnectorEvent.ConnectionChanged}. */
    ConnectionState state();

    /**
     * A capability of this session: {@link AgentStateService}, {@link TelephonyService},
     * {@link ChatService}, {@link EmailService}, {@link KnowledgeService}, {@link CalendarService},
     * {@link DirectoryService}, {@link TeamService}, {@link OutboxStatus}, {@link FailoverControl}; empty when the connector does not offer it.
     */
    <T> Optional<T> adapt(Class<T> capability);

    /**
     * Delivers every later event to {@code listener} on {@code executor}, one at a time and in order,
     * even when the executor is a pool. The UI passes an executor that runs on its UI thread.
     */
    void addListener(ConnectorListener listener, Executor executor);

    void removeListener(ConnectorListener listener);

    /**
     * Stops the event stream and releases the local store; entries still in the outbox stay there
     * and are sent by the next session opened on the same data directory. Blocks briefly.
     */
    @Override
    void close();

    /**
     * Ends the agent's session at the contact center, so that nothing more is routed to this agent,
     * then closes as {@link #close()} does. A server that cannot be reached ends the session by itself
     * once the event stream has been gone long enough. Blocks up to the connector's request timeout.
     * The default only closes, for connectors whose servers have no log out of their own.
     */
    default void logout() {
        close();
    }
}
