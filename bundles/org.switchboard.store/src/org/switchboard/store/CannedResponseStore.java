package org.switchboard.store;

import java.util.List;
import java.util.Optional;

/**
 * Canned chat responses: personal ones, seen only by their agent, and shared ones, seen by every
 * agent using this store. Every method does disk I/O and may block; never call it on the UI thread.
 * Safe for use from several threads. Titles hold at most {@value #MAX_TITLE} characters and texts
 * at most {@value #MAX_TEXT}; longer or blank ones are refused with {@link IllegalArgumentException}.
 */
public interface CannedResponseStore extends AutoCloseable {

    int MAX_TITLE = 200;
    int MAX_TEXT = 4000;

    /** @param owner the agent for a personal response, {@code null} for a shared one */
    CannedResponseEntry create(String owner, String title, String text);

    /** Changes title, text and owner; empty when there is no response {@code id}. */
    Optional<CannedResponseEntry> update(long id, String owner, String title, String text);

    /** @return {@code false} when there was no response {@code id} */
    boolean delete(long id);

    /**
     * The responses {@code agentId} sees (personal and shared) whose title or text contains
     * {@code query}, ignoring case; all of them for a blank query. Ordered by title.
     */
    List<CannedResponseEntry> search(String agentId, String query);

    @Override
    void close();
}
