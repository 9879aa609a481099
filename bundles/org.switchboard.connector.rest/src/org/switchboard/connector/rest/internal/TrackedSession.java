package org.switchboard.connector.rest.internal;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;

/** A session that tells its component when it is closed or logged out; ending it twice does nothing. */
final class TrackedSession implements ConnectorSession {

    private final ConnectorSession session;
    private final Consumer<ConnectorSession> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    TrackedSession(ConnectorSession session, Consumer<ConnectorSession> onClose) {
        this.session = session;
        this.onClose = onClose;
    }

    @Override
    public String agentId() {
        return session.agentId();
    }

    @Override
    public ConnectionState state() {
        return closed.get() ? ConnectionState.DISCONNECTED : session.state();
    }

    @Override
    public <T> Optional<T> adapt(Class<T> capability) {
        return session.adapt(capability);
    }

    @Override
    public void addListener(ConnectorListener listener, Executor executor) {
        session.addListener(listener, executor);
    }

    @Override
    public void removeListener(ConnectorListener listener) {
        session.removeListener(listener);
    }

    @Override
    public void close() {
        end(session::close);
    }

    @Override
    public void logout() {
        end(session::logout);
    }

    private void end(Runnable how) {
        if (closed.compareAndSet(false, true)) {
            try {
                how.run();
            } finally {
                onClose.accept(this);
            }
        }
    }
}
