package org.switchboard.ui.internal.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.Channel;
import org.switchboard.extension.InteractionEvent;
import org.switchboard.extension.InteractionListener;
import org.switchboard.testing.Await;

/**
 * Extensions hear each interaction's course once and in order, and one that throws, blocks or
 * cannot keep up is turned off with a notice while the others go on.
 */
class ExtensionsTest {

    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final Extensions extensions = new Extensions((extension, why) -> notices.add(extension + ": " + why));
    private final Recorder recorder = new Recorder();
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void close() {
        extensions.close();
    }

    @Test
    void aCallIsHeardOfferedAcceptedEndedAndWrappedUp() {
        extensions.add("crm", recorder);

        extensions.onEvent(new ConnectorEvent.InteractionOffered(call("i-1", "OFFERED", false)));
        extensions.onEvent(new ConnectorEvent.InteractionChanged(call("i-1", "CONNECTED", false)));
        extensions.onEvent(new ConnectorEvent.InteractionChanged(call("i-1", "CONNECTED", false)));
        extensions.onEvent(new ConnectorEvent.InteractionChanged(call("i-1", "ENDED", true)));
        extensions.onEvent(new ConnectorEvent.InteractionEnded("i-1"));

        assertEquals(List.of("OFFERED i-1", "ACCEPTED i-1", "ENDED i-1", "WRAPPED_UP i-1"), recorder.await(4));
    }

    @Test
    void aSnapshotAfterAReconnectionTellsOnlyWhatWasMissed() {
        extensions.add("crm", recorder);
        extensions.onEvent(new ConnectorEvent.InteractionOffered(call("i-1", "OFFERED", false)));

        extensions.onEvent(new ConnectorEvent.StateReconciled(null, false, List.of(call("i-2", "CONNECTED", false)),
                List.of(), List.of("i-1")));

        assertEquals(List.of("OFFERED i-1", "ENDED i-1", "ACCEPTED i-2"), recorder.await(3));
    }

    @Test
    void aListenerThatThrowsIsTurnedOffAfterThreeFailuresInARowAndTheOthersGoOn() {
        extensions.add("broken.throws", event -> {
            throw new IllegalStateException("no CRM here");
        });
        extensions.add("crm", recorder);

        for (int i = 1; i <= 4; i++) {
            extensions.onEvent(new ConnectorEvent.InteractionOffered(call("i-" + i, "OFFERED", false)));
        }

        assertEquals(4, recorder.await(4).size());
        Await.until("the throwing extension turned off", () -> notices.size() == 1);
        assertTrue(notices.get(0).startsWith("broken.throws: failed 3 times in a row"), notices.get(0));
        assertTrue(notices.get(0).contains("no CRM here"), "the agent's administrator learns why: " + notices.get(0));
    }

    @Test
    void aListenerThatBlocksIsTurnedOffByTheWatchdogAndInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        extensions.add("broken.blocks", event -> {
            blocking.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        extensions.add("crm", recorder);

        extensions.onEvent(new ConnectorEvent.InteractionOffered(call("i-1", "OFFERED", false)));
        assertTrue(blocking.await(10, TimeUnit.SECONDS));
        extensions.check(System.nanoTime());
        assertEquals(List.of(), notices, "a call in progress is not turned off before its time is up");
        extensions.check(System.nanoTime() + TimeUnit.SECONDS.toNanos(InteractionListener.MAX_CALL_SECONDS + 1));

        assertEquals(List.of("broken.blocks: took longer than 5 seconds over one event"), notices);
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the blocked call is interrupted");
        assertEquals(List.of("OFFERED i-1"), recorder.await(1), "the other extension heard it meanwhile");
    }

    @Test
    void aListenerThatFallsTooFarBehindIsTurnedOffWithoutHoldingUpTheDesktop() {
        extensions.add("broken.slow", event -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        for (int i = 0; i <= InteractionListener.MAX_EVENTS_BEHIND + 1; i++) {
            extensions.onEvent(new ConnectorEvent.InteractionOffered(call("i-" + i, "OFFERED", false)));
        }

        assertEquals(List.of("broken.slow: fell more than 1000 events behind"), notices);
    }

    private static InteractionInfo call(String id, String state, boolean wrapUpOwed) {
        return new InteractionInfo(id, Channel.VOICE, "sales", state, "Dana Whitfield", "+12015550188", List.of(),
                wrapUpOwed, List.of(), List.of(), null, null);
    }

    private static final class Recorder implements InteractionListener {
        private final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void interactionChanged(InteractionEvent event) {
            heard.add(event.kind() + " " + event.interaction().id());
        }

        List<String> await(int count) {
            Await.until(count + " events heard", () -> heard.size() >= count);
            return List.copyOf(heard);
        }
    }
}
