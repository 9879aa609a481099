package org.switchboard.desktop.services;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.switchboard.connector.DirectoryEntry;

/**
 * The agent's redial history and favorites, kept on the agent's machine so they outlive the
 * desktop. Every method returns at once, the UI thread included; the stages complete on a worker
 * thread of the service.
 */
public interface CallLists {

    /** The numbers and contacts the agent dialled, the latest first. */
    CompletableFuture<List<CallListEntry>> history(String agentId);

    /** Records that the agent dialled {@code entry} now. */
    CompletableFuture<CallListEntry> dialled(String agentId, DirectoryEntry entry);

    CompletableFuture<List<CallListEntry>> favorites(String agentId);

    CompletableFuture<CallListEntry> addFavorite(String agentId, DirectoryEntry entry);

    /** Completes with whether {@code entry} was a favorite. */
    CompletableFuture<Boolean> removeFavorite(String agentId, DirectoryEntry entry);

    /** Closes the database; the next request opens it again from disk, as a restarted desktop does. */
    CompletableFuture<Void> reopen();
}
