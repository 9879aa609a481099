package org.switchboard.extension;

import java.util.Objects;

import org.switchboard.connector.InteractionInfo;

/**
 * Something that happened to one of the agent's interactions.
 *
 * @param kind        what happened
 * @param interaction the interaction as the agent's desktop knows it at that moment (its last known
 *                    state for {@link Kind#WRAPPED_UP})
 * @since 0.1
 */
public record InteractionEvent(Kind kind, InteractionInfo interaction) {

    /** What happened, in the order an interaction goes through them. */
    public enum Kind {
        /** Offered to the agent: ringing, or a chat request waiting to be accepted. */
        OFFERED,
        /** The agent accepted it (or it was connected to them directly, as an outbound call is). */
        ACCEPTED,
        /** It ended, or the offer went elsewhere; a wrap-up may still be owed. */
        ENDED,
        /** The agent's wrap-up of it was taken: it is off the agent's desk. */
        WRAPPED_UP
    }

    public InteractionEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interaction, "interaction");
    }
}
