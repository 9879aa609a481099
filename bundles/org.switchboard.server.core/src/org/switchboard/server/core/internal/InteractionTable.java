package org.switchboard.server.core.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The live interactions by id, in arrival order, remembering which were added or looked up since the
 * last publish. Everything that changes an interaction finds it by id first (a request, the
 * simulator) or adds it, so these, with the interactions of agents whose state changed, are all that
 * a publish after a request needs to compare; a tick compares them all. Event-loop confined.
 */
final class InteractionTable extends LinkedHashMap<String, Interaction> {

    private static final long serialVersionUID = 1L;

    private final transient Set<Interaction> touched = new LinkedHashSet<>();

    @Override
    public Interaction get(Object id) {
        Interaction i = super.get(id);
        if (i != null) {
            touched.add(i);
        }
        return i;
    }

    @Override
    public Interaction put(String id, Interaction i) {
        touched.add(i);
        return super.put(id, i);
    }

    /** The interaction with this id without counting it as touched. */
    Interaction peek(String id) {
        return super.get(id);
    }

    void touch(Interaction i) {
        touched.add(i);
    }

    /** Those added or looked up since the last call, oldest first; forgets them. */
    Set<Interaction> takeTouched() {
        Set<Interaction> out = new LinkedHashSet<>(touched);
        touched.clear();
        return out;
    }
}
