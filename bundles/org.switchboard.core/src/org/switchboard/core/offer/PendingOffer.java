package org.switchboard.core.offer;

import java.time.Instant;

import org.switchboard.core.Channel;
import org.switchboard.core.internal.Require;

/** A request waiting on the desktop for the agent to act. */
public record PendingOffer(String interactionId, Channel channel, Instant arrived) {

    public PendingOffer {
        Require.text(interactionId, "interaction id");
        Require.present(channel, "channel");
        Require.present(arrived, "arrival time");
    }
}
