package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.TargetSpec;
import org.switchboard.testing.ManualClock;
import org.switchboard.testing.RecordingStore;

/**
 * The engine on a clock the test moves, with no ticks of its own and a recording store, and what the
 * agents' desktops would read from their event feeds. Events are read from the feeds directly (no
 * HTTP), each agent from where it last read.
 */
final class Desk implements AutoCloseable {

    static final Duration OFFER_TIMEOUT = Duration.ofSeconds(10);

    final ManualClock clock = new ManualClock();
    final RecordingStore store = new RecordingStore();
    final ContactCenterEngine engine;
    private final Map<String, Long> cursors = new HashMap<>();
    private int requests;

    Desk() {
        this(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT));
    }

    Desk(ServerConfig config) {
        engine = new ContactCenterEngine(config, clock, null, store);
    }

    /** Logs the agent in and makes it Ready; its feed is read from here on. */
    String ready(String agentId) {
        engine.login(agentId, agentId + "-demo");
        engine.changeState(agentId, "READY", null);
        cursors.put(agentId, engine.feed(agentId).lastId());
        return agentId;
    }

    String call(String queueId) {
        return engine.simulator().injectCall(queueId, new Caller("Dana Whitfield", "+12015550188"), Map.of());
    }

    /** The events the agent has not read yet; marks them read. */
    List<ServerEvent> events(String agentId) {
        List<ServerEvent> out = new ArrayList<>(engine.feed(agentId).after(cursors.getOrDefault(agentId, 0L)).events());
        if (!out.isEmpty()) {
            cursors.put(agentId, out.getLast().id());
        }
        return out;
    }

    List<Notice> notices(String agentId) {
        return events(agentId).stream().filter(e -> e.type().equals(EventTypes.NOTICE)).map(e -> (Notice) e.data())
                .toList();
    }

    /** The last view of the interaction among the agent's unread events that matches, or null. */
    InteractionView view(String agentId, Predicate<InteractionView> matching) {
        InteractionView found = null;
        for (ServerEvent e : events(agentId)) {
            if (e.data() instanceof InteractionView v && matching.test(v)) {
                found = v;
            }
        }
        return found;
    }

    ActionOutcome act(String agentId, String interactionId, String action, ActionParams params) {
        return engine.submit(agentId, interactionId, new ActionCommand(action, params, "r" + ++requests));
    }

    /** Applies the action and checks it completed. */
    void does(String agentId, String interactionId, String action, ActionParams params) {
        ActionOutcome outcome = act(agentId, interactionId, action, params);
        assertNull(outcome.rule(), () -> action + " refused: " + outcome);
    }

    void does(String agentId, String interactionId, String action) {
        does(agentId, interactionId, action, ActionParams.none());
    }

    static ActionParams toAgent(String agentId) {
        return new ActionParams(new TargetSpec("AGENT", agentId), null, null, null, null, null);
    }

    static ActionParams wrapUp(String disposition, String notes) {
        return new ActionParams(null, null, null, disposition, notes, null);
    }

    boolean offered(String agentId, String interactionId) {
        return engine.agent(agentId).offers().contains(interactionId);
    }

    /** The one of {@code one} and {@code other} that routing offered {@code interactionId} to. */
    String offeredTo(String interactionId, String one, String other) {
        return offered(one, interactionId) ? one : other;
    }

    String state(String agentId) {
        return engine.agent(agentId).state();
    }

    void assertState(String state, String agentId) {
        assertEquals(state, state(agentId), agentId);
    }

    @Override
    public void close() {
        engine.close();
    }
}
