package org.switchboard.desktop.services;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The email replies agents are writing, kept on the agent's machine as they type, so that a crash
 * or restart of the desktop loses none. Every method returns at once, the UI thread included; the
 * stages complete on a worker thread of the service.
 */
public interface EmailDrafts {

    CompletableFuture<Void> save(String agentId, String interactionId, String text);

    CompletableFuture<Optional<String>> find(String agentId, String interactionId);

    CompletableFuture<Void> delete(String agentId, String interactionId);
}
