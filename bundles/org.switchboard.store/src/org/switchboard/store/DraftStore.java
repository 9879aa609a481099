package org.switchboard.store;

import java.util.Optional;

/**
 * The replies agents are writing, saved as they type so that a crash or a restart of the desktop
 * loses none: one draft per agent and interaction. Every method does disk I/O and may block; never
 * call it on the UI thread. Safe for use from several threads. A draft holds at most
 * {@value #MAX_TEXT} characters; a longer one is refused with {@link IllegalArgumentException}.
 */
public interface DraftStore extends AutoCloseable {

    int MAX_TEXT = 100_000;

    /** Keeps {@code text} as the agent's draft for the interaction, replacing the one before. */
    void save(String agentId, String interactionId, String text);

    Optional<String> find(String agentId, String interactionId);

    /** Forgets the draft (sent, or the email went elsewhere); nothing happens when there is none. */
    void delete(String agentId, String interactionId);

    @Override
    void close();
}
