package org.switchboard.extension;

/**
 * A partner's listener to the agent's interactions: register an implementation as an OSGi service
 * (a Declarative Services component) and the desktop calls it as interactions are offered, accepted,
 * ended and wrapped up.
 * <p>
 * Threading: each listener is called on a thread of its own, one event at a time, in the order the
 * events happened; never on the UI thread, so it may look things up over the network. A listener
 * that throws {@value #MAX_FAILURES_IN_A_ROW} times in a row, takes longer than
 * {@value #MAX_CALL_SECONDS} seconds over one event, or falls {@value #MAX_EVENTS_BEHIND} events
 * behind is turned off for the rest of the desktop's run; the agent is told and the log says why.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface InteractionListener {

    int MAX_FAILURES_IN_A_ROW = 3;
    int MAX_CALL_SECONDS = 5;
    int MAX_EVENTS_BEHIND = 1_000;

    void interactionChanged(InteractionEvent event);
}
