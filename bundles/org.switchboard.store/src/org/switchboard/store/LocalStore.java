package org.switchboard.store;

/**
 * The desktop's local store, open on one directory. Closing it releases the database files; a
 * store opened again on the same directory sees everything written before.
 */
public interface LocalStore extends AutoCloseable {

    OutboxStore outbox();

    @Override
    void close();
}
