package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.core.cad.CadSet;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.InteractionView;

/** What the server keeps of one interaction besides the core's model of it. Event-loop confined. */
abstract sealed class Interaction permits VoiceInteraction, ChatInteraction, EmailItem {

    final String id;
    final String customerId;
    final Caller caller;
    final CadSet cad;
    final Instant arrived;
    /** The state last written to the store, to record only changes. */
    String storedState;
    /** The view each agent was last sent, to publish only changes. */
    final Map<String, InteractionView> shown = new HashMap<>();
    /** Agents who declined an offer of this interaction, and until when it is not offered to them again. */
    final Map<String, Instant> declinedUntil = new HashMap<>();

    Interaction(String id, String customerId, Caller caller, CadSet cad, Instant arrived) {
        this.id = id;
        this.customerId = customerId;
        this.caller = caller;
        this.cad = cad;
        this.arrived = arrived;
    }

    abstract Channel channel();

    abstract String queueId();

    /** A call's phase or a chat's state. */
    abstract String state();

    /** Waiting for routing. */
    abstract boolean isQueued();

    /** Over for the customer; dropped once no agent holds it any more. */
    abstract boolean isOver();

    /** Agents the interaction itself names (ringing, connected, owing wrap-up). */
    abstract Set<String> agentsNamed();
}
