/**
 * The service provider interface the desktop programs against; connector bundles implement it
 * against a contact-center server (Switchboard Server, a partner's platform). The guide for
 * partners is {@code docs/writing-a-connector.md}.
 *
 * <h2>Registration</h2>
 * A connector registers one {@link org.switchboard.connector.ContactCenterConnector} as a
 * Declarative Services component; the desktop lists the registered ones and opens a session with
 * the one configured. No static service locators: what a connector needs (a local store, an HTTP
 * client) it gets by DS references.
 *
 * <h2>Threading contract</h2>
 * <ul>
 * <li>Only {@link org.switchboard.connector.ContactCenterConnector#open} and
 * {@link org.switchboard.connector.ConnectorSession#close} do network or disk I/O on the calling
 * thread; never call them on the UI thread. A connector must not do I/O in any other method.</li>
 * <li>Every other method returns at once: reads answer from the session's local view, actions
 * return a {@link java.util.concurrent.CompletionStage} that completes on a connector thread when
 * the server's outcome arrives. Never block on such a stage on the UI thread; a connector never
 * completes one on the caller's thread while holding a lock the caller may need.</li>
 * <li>Events reach a {@link org.switchboard.connector.ConnectorListener} on the executor given when
 * it was added, one at a time and in the order the server published them, even when that executor
 * is a pool. The UI passes an executor that runs on its UI thread; a connector never calls a
 * listener directly from its network threads and never waits for a listener.</li>
 * </ul>
 *
 * <h2>Event order</h2>
 * A session's events form one sequence, the server's: an action's
 * {@link org.switchboard.connector.ConnectorEvent.ActionCompleted} or
 * {@link org.switchboard.connector.ConnectorEvent.ActionRefused} comes in that sequence after the
 * changes the action caused ({@code InteractionChanged}, {@code AgentStateChanged}). After a
 * reconnection the connector delivers the missed events in order and each once; when it cannot (a
 * new login, a failover, a gap older than the server keeps) it delivers one
 * {@link org.switchboard.connector.ConnectorEvent.StateReconciled} with what changed instead.
 * {@link org.switchboard.connector.ConnectorEvent.ConnectionChanged} and
 * {@link org.switchboard.connector.ConnectorEvent.OutboxChanged} are the connector's own and come
 * in between, never out of order with each other.
 *
 * <h2>Request ids</h2>
 * Every action gets a fresh request id from the connector. Its stage completes exactly once: with
 * the {@code ActionCompleted} of that id, or exceptionally with
 * {@link org.switchboard.connector.ActionRefusal} (the server's rule and message) or
 * {@link org.switchboard.connector.ConnectorException} (not sent, or no outcome). Listeners hear of
 * each outcome once, whether the server answered synchronously, by event, or both. A server that
 * receives an id it has already applied answers with the first outcome and applies nothing.
 *
 * <h2>Outbox</h2>
 * What the agent enters (wrap-ups, notes, call data edits) is written to the local store before the
 * action's method returns, then sent until the server takes it, across server restarts and desktop
 * restarts, with the same request id every time. Live call control (answer, hold, transfer) is sent
 * once and fails when the server cannot be reached: repeating it minutes later would surprise the
 * caller. {@link org.switchboard.connector.OutboxStatus} shows what is pending or was refused.
 *
 * <h2>Capabilities</h2>
 * Optional capabilities (telephony, chat, email, knowledge, calendar, outbox status, failover) are
 * found with {@link org.switchboard.connector.ConnectorSession#adapt}; a connector offers only
 * what its platform supports and the desktop does without the rest. Within a capability, an action the
 * server refuses as not supported completes with {@code ActionRefusal}, never by throwing.
 */
package org.switchboard.connector;
