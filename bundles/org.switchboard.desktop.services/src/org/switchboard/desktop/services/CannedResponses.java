package org.switchboard.desktop.services;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The canned chat responses: shared ones and each agent's own, kept on the agent's machine. Every
 * method returns at once, the UI thread included; the stages complete on a worker thread of the
 * service.
 */
public interface CannedResponses {

    /** The shared responses and the agent's own whose title or text holds {@code query} (all for blank). */
    CompletableFuture<List<CannedResponseEntry>> search(String agentId, String query);

    /** Creates a response when {@code id} is null (or no longer exists), otherwise changes it. */
    CompletableFuture<CannedResponseEntry> save(Long id, String owner, String title, String text);

    /** Completes with whether the response existed. */
    CompletableFuture<Boolean> delete(long id);
}
