package org.switchboard.store;

import java.time.Instant;
import java.util.List;

/**
 * Each agent's redial history and favorite contacts. Every method does disk I/O and may block; never
 * call it on the UI thread. Safe for use from several threads. An entry is named by its kind (AGENT,
 * QUEUE, ENTRY_POINT or NUMBER) and target (an id or a dial number, at most {@value #MAX_TARGET}
 * characters); names hold at most {@value #MAX_NAME} characters. Invalid values are refused with
 * {@link IllegalArgumentException}.
 */
public interface CallListStore extends AutoCloseable {

    /** Dialled entries kept per agent: older ones are forgotten. */
    int MAX_HISTORY = 20;
    int MAX_TARGET = 128;
    int MAX_NAME = 200;

    /** Records a call placed to the entry; dialling it again moves it to the top instead of repeating it. */
    CallListEntry recordDialled(String agentId, String kind, String target, String name, Instant at);

    /** What {@code agentId} dialled, most recent first, at most {@link #MAX_HISTORY}. */
    List<CallListEntry> history(String agentId);

    /** Adds a favorite; adding one that exists renames it. */
    CallListEntry addFavorite(String agentId, String kind, String target, String name, Instant at);

    /** @return {@code false} when it was not a favorite */
    boolean removeFavorite(String agentId, String kind, String target);

    /** {@code agentId}'s favorites by name. */
    List<CallListEntry> favorites(String agentId);

    @Override
    void close();
}
