package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;

/** A listener that keeps every event and the thread it arrived on, and waits for events with a timeout. */
final class EventLog implements ConnectorListener {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final List<ConnectorEvent> events = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void onEvent(ConnectorEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    synchronized List<ConnectorEvent> all() {
        return List.copyOf(events);
    }

    <T extends ConnectorEvent> List<T> all(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first event so far that matches, or the next one to arrive; waits for it. */
    <T extends ConnectorEvent> T await(Class<T> type, Predicate<T> matching) {
        return awaitFrom(0, type, matching);
    }

    /** The first matching event that arrived after {@code earlier}; waits for it. */
    synchronized <T extends ConnectorEvent> T awaitAfter(ConnectorEvent earlier, Class<T> type, Predicate<T> matching) {
        return awaitFrom(events.indexOf(earlier) + 1, type, matching);
    }

    private synchronized <T extends ConnectorEvent> T awaitFrom(int from, Class<T> type, Predicate<T> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int seen = from;
        while (true) {
            for (; seen < events.size(); seen++) {
                ConnectorEvent e = events.get(seen);
                if (type.isInstance(e) && matching.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("no " + type.getSimpleName() + " as expected within " + WAIT + "; events: " + names());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    synchronized List<String> names() {
        List<String> out = new ArrayList<>();
        for (ConnectorEvent e : events) {
            out.add(e.toString());
        }
        return out;
    }
}
