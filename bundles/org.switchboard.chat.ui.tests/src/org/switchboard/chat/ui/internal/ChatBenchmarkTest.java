package org.switchboard.chat.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.core.Channel;
import org.switchboard.core.agent.Capacity;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.testing.Await;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.ChatViewPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;

/**
 * The chat desktop's figures, run by {@code releng/scripts/chat-benchmark.sh} and not by the normal
 * build: twelve concurrent chats (agent a1 with a chat capacity of twelve), each customer writing one
 * message a second, from the moment the simulator is handed the message (routing, the event stream
 * over loopback and the connector included) to the moment the workbench's chat tab holds the line
 * and has laid it out (the UI thread's work for that event done; the pixels follow at its next
 * paint). Every message is counted: sent, shown, shown twice. The first seconds warm up and are
 * counted but not timed.
 */
@EnabledIfSystemProperty(named = "switchboard.benchmark", matches = "true")
@ExtendWith(ScreenshotOnFailure.class)
class ChatBenchmarkTest {

    private static final int CHATS = 12;
    private static final int SECONDS = Integer.getInteger("switchboard.benchmark.seconds", 60);
    private static final int WARM_UP_SECONDS = 5;
    private static final Pattern MARK = Pattern.compile(": m(\\d+) ");

    private final Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<Integer, Long> shownAt = new ConcurrentHashMap<>();
    private final Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();
    private final Map<Integer, Text> shownIn = new ConcurrentHashMap<>();
    private final AtomicInteger shownTwice = new AtomicInteger();
    private final AtomicInteger sendFailures = new AtomicInteger();

    @Test
    void twelveChatsAtOneMessageASecondEachReachTheirTabs() throws Exception {
        ServerConfig config = ServerConfig.demo().withCapacity(Capacity.defaults().with(Channel.CHAT, CHATS));
        RunningContactCenter center = ContactCenters.start(config, Clock.systemUTC(), Duration.ofMillis(250));
        RestServer rest = RestServer.start(center, 0, Duration.ofMillis(500));
        try {
            measure(center, rest);
        } finally {
            rest.close();
            center.close();
        }
    }

    private void measure(RunningContactCenter center, RestServer rest) throws InterruptedException {
        UiDriver driver = UiDriver.forDefaultDisplay();
        AgentWorkbenchPage workbench = new AgentWorkbenchPage(driver).waitUntilOpen();
        AgentStatePage agent = workbench.agentState();
        LoginDialogPage login = workbench.login();
        login.logIn(rest.baseUri().toString(), "a1", "a1-demo");
        login.waitUntilClosed();
        agent.connection().waitForText("Connected");
        agent.ready().waitForState("Ready");
        ChatViewPage chats = ChatViewPage.show(driver);

        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= CHATS; k++) {
            String name = "Customer " + k;
            String id = center.simulator().injectChat(ChatTestServer.QUEUE, new Caller(name, null),
                    Map.of("customerName", name));
            chats.offers().waitForOffer(id).accept(id).waitUntilGone(id);
            chats.chat(id).waitUntilShown().waitForState("Chatting");
            ids.add(id);
        }

        Display display = driver.display();
        Listener filter = e -> {
            if (e.widget instanceof Text t && t.getData(WidgetIds.KEY) instanceof String key && key.contains(".line.")) {
                Matcher m = MARK.matcher(t.getText());
                if (m.find()) {
                    int seq = Integer.parseInt(m.group(1));
                    Text earlier = shownIn.putIfAbsent(seq, t);
                    if (earlier == null) {
                        // after the rest of this event's work: the tab laid out with the new line
                        display.asyncExec(() -> shownAt.put(seq, System.nanoTime()));
                    } else if (earlier != t) {
                        shownTwice.incrementAndGet();
                    }
                }
            }
        };
        driver.onUi(() -> display.addFilter(SWT.Modify, filter));
        // when the connector hands the message to its listeners, before the UI thread takes it
        ConnectorSession connector = agentSession().session().orElseThrow();
        ConnectorListener arrivals = event -> {
            if (event instanceof ConnectorEvent.InteractionChanged c && !c.interaction().transcript().isEmpty()) {
                Matcher m = MARK.matcher(": " + c.interaction().transcript().getLast().text());
                if (m.find()) {
                    arrivedAt.putIfAbsent(Integer.parseInt(m.group(1)), System.nanoTime());
                }
            }
        };
        connector.addListener(arrivals, Runnable::run);

        String loadBefore = loadAverage();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService customers = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime();
        long timedFrom = start + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        for (int k = 0; k < CHATS; k++) {
            String id = ids.get(k);
            int chat = k + 1;
            customers.scheduleAtFixedRate(() -> {
                int seq = next.incrementAndGet();
                sentAt.put(seq, System.nanoTime());
                try {
                    center.simulator().sendChat(id, "m" + seq + " where is my parcel? (customer " + chat + ")");
                } catch (RuntimeException e) {
                    sentAt.remove(seq);
                    sendFailures.incrementAndGet();
                }
            }, k * 1000L / CHATS, 1000, TimeUnit.MILLISECONDS);
        }
        // shutting down cancels the customers' periodic messages
        customers.schedule(customers::shutdown, SECONDS + WARM_UP_SECONDS, TimeUnit.SECONDS);
        customers.awaitTermination(SECONDS + WARM_UP_SECONDS + 5, TimeUnit.SECONDS);
        try {
            Await.until("every message sent shown", Duration.ofSeconds(10), () -> shownAt.size() >= sentAt.size());
        } catch (AssertionError notAll) {
            // what is missing is reported as lost below
        }
        String loadAfter = loadAverage();
        driver.onUi(() -> display.removeFilter(SWT.Modify, filter));
        connector.removeListener(arrivals);

        List<Long> micros = new ArrayList<>();
        List<Long> toConnector = new ArrayList<>();
        List<Long> inUi = new ArrayList<>();
        for (Map.Entry<Integer, Long> sent : sentAt.entrySet()) {
            Long shown = shownAt.get(sent.getKey());
            Long arrived = arrivedAt.get(sent.getKey());
            if (shown != null && sent.getValue() >= timedFrom) {
                micros.add((shown - sent.getValue()) / 1_000);
                if (arrived != null) {
                    toConnector.add((arrived - sent.getValue()) / 1_000);
                    inUi.add((shown - arrived) / 1_000);
                }
            }
        }
        List<Long> sorted = micros.stream().sorted().toList();
        List<Long> sortedConnector = toConnector.stream().sorted().toList();
        List<Long> sortedUi = inUi.stream().sorted().toList();
        int lost = sentAt.size() - shownAt.size();
        String report = String.format("chats %d, one customer message a second each, %d s timed after %d s warm-up%n"
                + "customer message (simulator) to chat tab: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d timed messages%n"
                + "  of which server, event stream and connector: p50 %.1f ms, p99 %.1f ms; UI thread (queue and work):"
                + " p50 %.1f ms, p99 %.1f ms%n"
                + "messages sent %d, shown %d, lost %d, shown twice %d, refused by the server %d%n"
                + "load average (1, 5, 15 min) before %s, after %s%n",
                CHATS, SECONDS, WARM_UP_SECONDS, at(sorted, 0.50), at(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.getLast() / 1000.0, sorted.size(), at(sortedConnector, 0.50),
                at(sortedConnector, 0.99), at(sortedUi, 0.50), at(sortedUi, 0.99), sentAt.size(), shownAt.size(), lost,
                shownTwice.get(), sendFailures.get(), loadBefore, loadAfter);
        System.out.print(report);
        try {
            Files.writeString(Path.of("target", "chat-benchmark.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(0, lost, "messages never shown");
        assertEquals(0, shownTwice.get(), "messages shown twice");
        assertEquals(0, sendFailures.get(), "messages the server refused");
    }

    private static AgentSession agentSession() {
        BundleContext context = FrameworkUtil.getBundle(ChatBenchmarkTest.class).getBundleContext();
        return context.getService(context.getServiceReference(AgentSession.class));
    }

    private static double at(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
