package org.switchboard.connector;

import java.util.concurrent.CompletionStage;

/**
 * The primary and secondary server of a session. A session moves by itself to the server that
 * reports being in service when it loses the one it talks to; this moves it when told (for example
 * back to the primary once that is repaired). Never blocks.
 */
public interface FailoverControl {

    /** The server the session talks to now. */
    ServerRole current();

    /**
     * Moves to {@code role} if that server reports being in service. Completes with the server the
     * session then talks to, after its event stream is up again.
     */
    CompletionStage<ServerRole> switchTo(ServerRole role);
}
