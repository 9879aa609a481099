package org.switchboard.connector.cti;

import org.switchboard.connector.TransferTarget;
import org.switchboard.core.voice.CallAction;

/**
 * One agent session's client of a server's call-control endpoint. Every request names the session
 * by its bearer token and carries the action's request id, so that repeating it is safe; the
 * server answers synchronously, and the outcome also arrives on the session's event stream.
 * <p>
 * Threading: every method is a blocking network call; never on the UI thread.
 * A client may be shared between threads.
 */
public interface CallControlClient extends AutoCloseable {

    /**
     * Performs an action without parameters that {@link CallControlClientFactory#supports} names.
     *
     * @throws CallControlRefusal       the server refused it
     * @throws IllegalArgumentException the protocol has no operation for {@code action}
     */
    void perform(String token, String interactionId, CallAction action, String requestId) throws CallControlRefusal;

    /** Consults an agent, queue, entry point or dial number. */
    void consult(String token, String interactionId, TransferTarget target, String requestId) throws CallControlRefusal;

    /** Transfers without consulting. */
    void blindTransfer(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlRefusal;

    /** Sends DTMF digits on the call. */
    void sendDtmf(String token, String interactionId, String digits, String requestId) throws CallControlRefusal;

    @Override
    void close();
}
