package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.InteractionStateChange;

/**
 * The channel handlers, asked in order: the first that takes a command applies it, the first that
 * owns an interaction routes it, runs its time and ends it at the server stop. Event-loop confined.
 */
final class Channels {

    private static final System.Logger LOG = System.getLogger(Channels.class.getName());

    private final CenterState state;
    private final List<ChannelHandler> handlers;

    Channels(CenterState state, List<ChannelHandler> handlers) {
        this.state = state;
        this.handlers = List.copyOf(handlers);
    }

    ChannelHandler of(Interaction i) {
        for (ChannelHandler h : handlers) {
            if (h.owns(i)) {
                return h;
            }
        }
        throw new IllegalStateException("no channel handler for " + i.id);
    }

    ChannelHandler taking(Interaction i, String action) {
        for (ChannelHandler h : handlers) {
            if (h.takes(i, action)) {
                return h;
            }
        }
        throw new ServerRefusal(Reason.INVALID, "unknown action " + action);
    }

    /**
     * The server stops: every interaction still live ends, as the customer's line or chat drops with
     * the process. Its history records that the server stop ended it; the agents connected to it owe
     * its wrap-up, which the contact center takes when it runs again (see {@link Restoration}).
     * Calls first: a chat with a call to its customer ends once that call has.
     */
    void endByServerStop(Instant now) {
        List<Interaction> live = new ArrayList<>();
        for (Interaction i : state.interactions.values()) {
            if (of(i).liveForTheCustomer(i)) {
                live.add(i);
            }
        }
        live.sort((a, b) -> Boolean.compare(a instanceof ChatInteraction, b instanceof ChatInteraction));
        for (Interaction i : live) {
            try {
                of(i).endByServerStop(i, now);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "at the server stop, " + i.id + " could not be ended", e);
            }
            state.store.interactionStateChanged(new InteractionStateChange(i.id, now, Restoration.ENDED_BY_SERVER_STOP));
            i.storedState = i.state();
        }
    }
}
