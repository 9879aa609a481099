package org.switchboard.server.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.app.DemoCalls;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.QueueView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.testing.ManualClock;

/** Demo calls on the demo configuration, with a clock the test moves. */
class DemoCallsTest {

    private static final Duration INTERVAL = Duration.ofSeconds(20);

    private final ManualClock clock = new ManualClock();
    private final RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), clock, null);
    private final DemoCalls calls = new DemoCalls(center, clock, INTERVAL);

    @AfterEach
    void stop() {
        center.close();
    }

    @Test
    void nobodyReadyNoCall() {
        center.login("a1", "a1-demo");
        clock.advance(INTERVAL.multipliedBy(3));
        assertEquals(Optional.empty(), calls.tick(), "a logged-in agent is Not Ready at first");
        center.changeState("a1", "NOT_READY", "lunch");
        assertEquals(Optional.empty(), calls.tick());
        assertTrue(center.queues().stream().allMatch(q -> q.waiting() == 0), "nothing waits");
    }

    @Test
    void readyAgentIsOfferedACallWithCallerAndCallData() {
        ready("a1");
        String id = calls.tick().orElseThrow();
        assertEquals(List.of(id), center.agent("a1").offers());
        InteractionView call = center.interaction("a1", id);
        assertEquals("VOICE", call.channel());
        assertEquals("Dana Whitfield", call.callerName());
        assertTrue(call.cad().stream().anyMatch(v -> v.name().equals("orderTotal") && "129.90".equals(v.value())),
                "call variables arrive with the call: " + call.cad());
    }

    @Test
    void nextCallWaitsForTheIntervalThenRotatesQueues() {
        ready("a1");
        String first = calls.tick().orElseThrow();
        ready("a2");
        clock.advance(INTERVAL.minusSeconds(1));
        assertEquals(Optional.empty(), calls.tick(), "a free agent, but the interval has not passed");
        clock.advance(Duration.ofSeconds(1));
        String second = calls.tick().orElseThrow();
        assertEquals(List.of(first), center.agent("a1").offers(), "sales call to a1");
        assertEquals(List.of(second), center.agent("a2").offers(), "the next call went to support, a2's skill");
    }

    @Test
    void noCallWhileEveryReadyAgentIsBusy() {
        ready("a1");
        calls.tick().orElseThrow();
        clock.advance(INTERVAL.multipliedBy(2));
        assertEquals(Optional.empty(), calls.tick(), "a1 has an offer and nobody else is Ready");
    }

    @Test
    void queueWhereACallWaitsIsSkipped() {
        ready("a2");
        String sales = calls.tick().orElseThrow();
        assertEquals(1, waiting("sales"), "nobody Ready has the sales skill: " + sales + " waits");
        clock.advance(INTERVAL);
        String support = calls.tick().orElseThrow();
        assertEquals(List.of(support), center.agent("a2").offers());
        clock.advance(INTERVAL);
        assertEquals(Optional.empty(), calls.tick(), "a2 is busy");
        assertEquals(1, waiting("sales"), "no second call piles up in sales");
    }

    @Test
    void intervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DemoCalls(center, clock, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DemoCalls(center, clock, Duration.ofSeconds(-1)));
    }

    private void ready(String agent) {
        center.login(agent, agent + "-demo");
        center.changeState(agent, "READY", null);
    }

    private int waiting(String queue) {
        return center.queues().stream().filter(q -> q.id().equals(queue)).mapToInt(QueueView::waiting).sum();
    }
}
