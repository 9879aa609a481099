package org.switchboard.connector;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The contact center's directory: agents with their presence, queues, entry points and external
 * numbers, to call, consult or transfer to. An optional capability of a session, found with
 * {@link ConnectorSession#adapt}.
 * <p>
 * Threading: {@link #search} returns at once and asks the server on a connector thread; its stage
 * completes there, so the UI hands the result to its own thread. Presence is what the server knew
 * when it answered: search again to refresh it.
 */
public interface DirectoryService {

    /** The longest query a server must take. */
    int MAX_QUERY = 100;

    /**
     * The entries whose name or id contains {@code query}, ignoring case; every entry for a blank one.
     * Completes exceptionally with {@link ConnectorException} when the server cannot be asked, or with
     * {@link IllegalArgumentException} for a query longer than {@link #MAX_QUERY}.
     */
    CompletionStage<List<DirectoryEntry>> search(String query);
}
