package org.switchboard.server.core;

/** A contact center the caller started and must close. */
public interface RunningContactCenter extends ContactCenter, AutoCloseable {

    /** Stops the event loop and ends every session (their streams end). */
    @Override
    void close();
}
