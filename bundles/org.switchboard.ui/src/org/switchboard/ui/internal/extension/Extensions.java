package org.switchboard.ui.internal.extension;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.extension.InteractionEvent;
import org.switchboard.extension.InteractionListener;

/**
 * The extensions' listeners and what they are told: the session's events, turned into interaction
 * events and handed to each listener's guard. {@link #onEvent} runs on the session's event runner and
 * only queues; {@link #check} runs on the host's watchdog.
 */
final class Extensions {

    private final Map<InteractionListener, GuardedListener> listeners = new ConcurrentHashMap<>();
    private final InteractionEvents events = new InteractionEvents();
    private final GuardedListener.TurnedOff turnedOff;

    Extensions(GuardedListener.TurnedOff turnedOff) {
        this.turnedOff = turnedOff;
    }

    void add(String extension, InteractionListener listener) {
        listeners.put(listener, new GuardedListener(extension, listener, turnedOff));
    }

    void remove(InteractionListener listener) {
        GuardedListener guarded = listeners.remove(listener);
        if (guarded != null) {
            guarded.close();
        }
    }

    void onEvent(ConnectorEvent event) {
        for (InteractionEvent e : events.of(event)) {
            listeners.values().forEach(l -> l.deliver(e));
        }
    }

    void check(long nowNanos) {
        listeners.values().forEach(l -> l.check(nowNanos));
    }

    void close() {
        listeners.values().forEach(GuardedListener::close);
        listeners.clear();
    }
}
