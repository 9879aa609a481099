package org.switchboard.connector;

import java.util.List;

import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.wrapup.WrapUpCatalog;

/**
 * The Not Ready reason codes and the wrap-up dispositions the contact center's administrator
 * configured, as the server sent them when the session logged in. An optional capability of a
 * session, found with {@link ConnectorSession#adapt}.
 * <p>
 * Threading: never blocks; safe from any thread.
 */
public interface WorkCodes {

    /** The reasons an agent may go Not Ready with, in the server's order (by label). */
    List<ReasonCode> notReadyReasons();

    /** The dispositions a wrap-up may apply, and the longest notes it may carry. */
    WrapUpCatalog wrapUpCatalog();
}
