package org.switchboard.ui.internal.extension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.extension.InteractionEvent;
import org.switchboard.extension.InteractionEvent.Kind;

/**
 * Turns the session's events into the few an extension listens to: offered, accepted, ended and
 * wrapped up, each once per interaction and in that order, also across a reconnection's snapshot.
 * Not thread-safe: fed from the session's event runner only.
 */
final class InteractionEvents {

    private static final Set<String> NOT_YET_ACCEPTED = Set.of("QUEUED", "OFFERED", "ENDED");

    private record Seen(InteractionInfo last, boolean accepted, boolean ended) {
    }

    private final Map<String, Seen> seen = new HashMap<>();

    List<InteractionEvent> of(ConnectorEvent event) {
        List<InteractionEvent> out = new ArrayList<>();
        switch (event) {
            case ConnectorEvent.InteractionOffered o -> changed(o.interaction(), out);
            case ConnectorEvent.InteractionChanged c -> changed(c.interaction(), out);
            case ConnectorEvent.InteractionEnded e -> removed(e.interactionId(), out);
            case ConnectorEvent.StateReconciled r -> {
                r.removed().forEach(id -> removed(id, out));
                r.added().forEach(i -> changed(i, out));
                r.changed().forEach(i -> changed(i, out));
            }
            default -> {
                // not about an interaction's course
            }
        }
        return out;
    }

    private void changed(InteractionInfo i, List<InteractionEvent> out) {
        Seen before = seen.get(i.id());
        boolean accepted = before != null && before.accepted();
        boolean ended = before != null && before.ended();
        if (before == null && "OFFERED".equals(i.state())) {
            out.add(new InteractionEvent(Kind.OFFERED, i));
        }
        if (!accepted && !ended && !NOT_YET_ACCEPTED.contains(i.state()) && !i.wrapUpOwed()) {
            out.add(new InteractionEvent(Kind.ACCEPTED, i));
            accepted = true;
        }
        if (!ended && ("ENDED".equals(i.state()) || i.wrapUpOwed())) {
            out.add(new InteractionEvent(Kind.ENDED, i));
            ended = true;
        }
        seen.put(i.id(), new Seen(i, accepted, ended));
    }

    private void removed(String id, List<InteractionEvent> out) {
        Seen before = seen.remove(id);
        if (before == null) {
            return;
        }
        if (!before.ended()) {
            out.add(new InteractionEvent(Kind.ENDED, before.last()));
        } else if (before.last().wrapUpOwed()) {
            out.add(new InteractionEvent(Kind.WRAPPED_UP, before.last()));
        }
    }
}
