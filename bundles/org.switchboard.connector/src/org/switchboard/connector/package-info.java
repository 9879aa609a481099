/**
 * The service provider interface the desktop programs against; connector bundles implement it
 * against a contact-center server (Switchboard Server, a partner's platform).
 *
 * <h2>Threading contract</h2>
 * <ul>
 * <li>Only {@link org.switchboard.connector.ContactCenterConnector#open} and
 * {@link org.switchboard.connector.ConnectorSession#close} do network or disk I/O on the calling
 * thread; never call them on the UI thread.</li>
 * <li>Every other method returns at once: reads answer from the session's local view, actions
 * return a {@link java.util.concurrent.CompletionStage} that completes on a connector thread when
 * the server's outcome arrives. Never block on such a stage on the UI thread.</li>
 * <li>Events reach a {@link org.switchboard.connector.ConnectorListener} on the executor given when
 * it was added, one at a time and in the order the server published them. The UI passes an
 * executor that runs on its UI thread.</li>
 * </ul>
 * <p>
 * Optional capabilities (telephony, chat, email, ...) are found with
 * {@link org.switchboard.connector.ConnectorSession#adapt}; a connector offers only some.
 */
package org.switchboard.connector;
