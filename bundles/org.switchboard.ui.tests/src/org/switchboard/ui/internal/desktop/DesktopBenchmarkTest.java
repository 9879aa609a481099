package org.switchboard.ui.internal.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.CallPanelPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;
import org.switchboard.ui.testing.pages.OfferPopoverPage;

/**
 * The desktop's figures, run by {@code releng/scripts/desktop-benchmark.sh} and not by the normal
 * build: calls published by the reference server in the test runtime to their popover painted (every
 * call, answered, ended and wrapped up through the UI), and the heap used after all of them. The
 * clock starts before the simulator injects the call, so the figure includes routing and the event
 * stream over loopback; it stops at the first paint of the card at its full size
 * ({@link PopoverPaintedClock}, a display filter on Paint), not when its shell is shown: a shown
 * popover can still be empty. The test thread waits for that instant without touching the UI
 * thread: looking the card up through {@code syncExec} every 0.2 ms, as this test once did, kept the
 * UI thread walking the widget tree while it had the offer to draw.
 */
@EnabledIfSystemProperty(named = "switchboard.benchmark", matches = "true")
class DesktopBenchmarkTest {

    private static final int CALLS = Integer.getInteger("switchboard.benchmark.calls", 500);

    @Test
    void offersReachThePopoverAndTheHeapStaysSmallOverManyCalls() {
        TestServer server = TestServer.get();
        UiDriver driver = UiDriver.forDefaultDisplay();
        AgentWorkbenchPage workbench = new AgentWorkbenchPage(driver).waitUntilOpen();
        AgentStatePage agent = workbench.agentState();
        OfferPopoverPage offers = workbench.offers();
        if (!agent.loggedIn()) {
            LoginDialogPage login = workbench.login();
            login.logIn(server.api().toString(), "a1", "a1-demo");
            login.waitUntilClosed();
        }
        agent.connection().waitForText("Connected");
        agent.ready().waitForState("Ready");

        PopoverPaintedClock clock = new PopoverPaintedClock(driver);
        List<Long> micros = new ArrayList<>();
        for (int n = 0; n < CALLS; n++) {
            agent.waitForState("Ready");
            long start = System.nanoTime();
            String call = server.customerCalls("Caller " + n, String.format("+1201555%04d", n));
            String card = "offer." + call + ".card";
            long shownAt = clock.awaitPainted(card, UiDriver.DEFAULT_TIMEOUT);
            micros.add((shownAt - start) / 1_000);
            offers.accept(call).waitUntilGone(call);
            CallPanelPage panel = workbench.call(call).waitUntilShown().waitForState("Connected");
            panel.click("RELEASE");
            workbench.wrapUp().waitUntilOpen().reason("Resolved").submit();
            panel.waitUntilGone();
        }
        clock.close();
        long heap = heapAfterGc();

        List<Long> sorted = micros.stream().sorted().toList();
        String report = String.format("calls %d%nserver event to popover card painted: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                + "heap used after %d handled calls and a full GC (desktop and the in-process server): %d MiB%n",
                CALLS, at(sorted, 0.50), at(sorted, 0.99), sorted.getLast() / 1000.0, CALLS, heap >> 20);
        System.out.print(report);
        try {
            Files.writeString(Path.of("target", "desktop-benchmark.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static long heapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        // an explicit collection is a full, stop-the-world one with G1: done when it returns
        for (int n = 0; n < 3; n++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
