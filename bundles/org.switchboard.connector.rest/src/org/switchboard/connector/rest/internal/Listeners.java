package org.switchboard.connector.rest.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;

/** The session's listeners, each fed in order on its own executor. */
final class Listeners {

    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

    private record Registration(ConnectorListener listener, Executor serial) {
    }

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    void add(ConnectorListener listener, Executor executor) {
        Objects.requireNonNull(listener, "listener");
        registrations.add(new Registration(listener, new SerialExecutor(Objects.requireNonNull(executor, "executor"))));
    }

    void remove(ConnectorListener listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    /** Must be called from one thread at a time, so every listener sees one order. */
    void publish(ConnectorEvent event) {
        for (Registration r : registrations) {
            try {
                r.serial().execute(() -> deliver(r.listener(), event));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a listener's executor refused an event", e);
            }
        }
    }

    private static void deliver(ConnectorListener listener, ConnectorEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "a listener failed on " + event, e);
        }
    }
}
