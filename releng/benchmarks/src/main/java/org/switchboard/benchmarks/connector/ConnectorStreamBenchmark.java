package org.switchboard.benchmarks.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.rest.internal.RestConnectorComponent;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionOutcome;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;

/**
 * The REST connector's event stream against the reference server, both in this JVM on loopback:
 * the server's contact center and REST endpoint (server.core, server.rest) and the desktop's
 * connector (connector.rest) run their own code on a flat class path, talking HTTP and
 * server-sent events through CXF and Jetty as in the products.
 * <p>
 * Latency: a publisher thread submits HOLD and RESUME alternately on a connected call at a fixed
 * rate, so that the agent's stream carries the requested number of events per second; each
 * action's request id carries {@link System#nanoTime()} taken just before the submit, and the
 * listener (on its own thread, as the desktop's UI thread would be) subtracts it from the time the
 * action's outcome event reaches it. The figure therefore includes the event loop's hand-off,
 * JSON writing, HTTP, the connector's parsing, ordering and listener dispatch.
 * <p>
 * Resumption: the REST endpoint is closed (streams end, the connector starts reconnecting), an
 * action is submitted while it is down, and after an outage of 0.3, 0.7, 1.3, 2.6 or 4.5 s the
 * endpoint is started again on the same port (connections are refused meanwhile); measured from the moment it accepts requests again to the
 * session reporting CONNECTED and to the missed event reaching the listener.
 * <p>
 * Arguments: {@code -quick} (10 s, 8 restarts), {@code -seconds N}, {@code -rate N},
 * {@code -restarts N}, {@code -out FILE}.
 */
public final class ConnectorStreamBenchmark {

    private static final boolean TRACE = Boolean.getBoolean("switchboard.bench.trace");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    // Not multiples of the retry delays (0.25, 0.5, 1, 2, 4 s after the loss), which would flatter the figure.
    private static final long[] OUTAGES_MILLIS = { 300, 700, 1300, 2600, 4500 };

    private record Arrival(ConnectorEvent event, long at) {
    }

    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    /** Taken from {@link #arrivals} by the main thread only. */
    private final List<Arrival> seen = new ArrayList<>();
    private final long[] latencies = new long[4_000_000];
    private volatile int recorded;
    private volatile boolean recording;
    /** Connection changes while recording: a reconnection can fold outcomes into a snapshot. */
    private volatile int connectionChanges;
    private long timedActions;

    public static void main(String[] args) throws Exception {
        int seconds = 30;
        int rate = 500;
        int restarts = 20;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-quick" -> {
                    seconds = 10;
                    restarts = 8;
                }
                case "-seconds" -> seconds = Integer.parseInt(args[++i]);
                case "-rate" -> rate = Integer.parseInt(args[++i]);
                case "-restarts" -> restarts = Integer.parseInt(args[++i]);
                case "-out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        StringBuilder report = new StringBuilder();
        try {
            new ConnectorStreamBenchmark().run(seconds, rate, restarts, report);
        } catch (Exception | Error e) {
            // Connector and server threads are not daemons: without an exit the failure would hang.
            e.printStackTrace();
            System.exit(1);
        }
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
        System.exit(0);
    }

    private void run(int seconds, int rate, int restarts, StringBuilder report) throws Exception {
        Path data = Files.createTempDirectory("switchboard-connector-bench");
        RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null);
        RestServer rest = RestServer.start(center, 0, RestServer.DEFAULT_HEARTBEAT);
        int port = rest.baseUri().getPort();
        ExecutorService listener = Executors.newSingleThreadExecutor(r -> new Thread(r, "desktop-listener"));
        ConnectorSession session = new RestConnectorComponent()
                .open(ConnectionSettings.of(rest.baseUri(), "a1", "a1-demo".toCharArray(), data));
        try {
            session.addListener(this::onEvent, listener);
            await(ConnectorEvent.StateReconciled.class, e -> true);
            session.adapt(AgentStateService.class).orElseThrow().changeState(AgentState.READY, null)
                    .toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            String call = center.simulator().injectCall("sales", new Caller("Bench Caller", "+12015550100"), Map.of());
            await(ConnectorEvent.InteractionOffered.class, o -> o.interaction().id().equals(call));
            session.adapt(TelephonyService.class).orElseThrow().perform(call, CallAction.ANSWER).toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);

            long before = center.feed("a1").lastId();
            for (int i = 0; i < 10; i++) {
                submit(center, call, i, "probe-" + i);
            }
            double eventsPerAction = (center.feed("a1").lastId() - before) / 10.0;
            double actionsPerSecond = rate / eventsPerAction;
            long period = Math.round(1e9 / actionsPerSecond);

            publish(center, call, period, WARM_UP.toNanos(), false);
            long firstId = center.feed("a1").lastId();
            recording = true;
            long elapsed = publish(center, call, period, Duration.ofSeconds(seconds).toNanos(), true);
            long published = center.feed("a1").lastId() - firstId;
            Thread.sleep(500);
            recording = false;
            latencyReport(report, rate, eventsPerAction, actionsPerSecond, published, elapsed);

            resumeReport(report, restarts, rest, center, call, port);
        } finally {
            session.close();
            listener.shutdownNow();
            center.close();
            deleteQuietly(data);
        }
    }

    private void resumeReport(StringBuilder report, int restarts, RestServer first, RunningContactCenter center,
            String call, int port) throws InterruptedException {
        RestServer current = first;
        List<Long> toConnected = new ArrayList<>();
        List<Long> toMissedEvent = new ArrayList<>();
        Map<Long, List<Long>> byOutage = new TreeMap<>();
        try {
            for (int i = 0; i < restarts; i++) {
                long outage = OUTAGES_MILLIS[i % OUTAGES_MILLIS.length];
                forget();
                stop(current, port);
                await(ConnectorEvent.ConnectionChanged.class, c -> c.state() == ConnectionState.RECONNECTING);
                String missed = "missed-" + i;
                submit(center, call, i, missed);
                Thread.sleep(outage);
                current = RestServer.start(center, port, RestServer.DEFAULT_HEARTBEAT);
                long back = System.nanoTime();
                if (TRACE) {
                    System.err.println(java.time.LocalTime.now() + " endpoint back after " + outage + " ms");
                }
                Arrival connected = awaitArrival(ConnectorEvent.ConnectionChanged.class,
                        c -> c.state() == ConnectionState.CONNECTED);
                Arrival delivered = awaitArrival(ConnectorEvent.ActionCompleted.class, a -> a.requestId().equals(missed));
                toConnected.add(connected.at() - back);
                toMissedEvent.add(delivered.at() - back);
                byOutage.computeIfAbsent(outage, o -> new ArrayList<>()).add(delivered.at() - back);
            }
        } finally {
            stop(current, port);
        }
        report.append(String.format(Locale.ROOT,
                "%nStream resumed after the REST endpoint came back (%d restarts, outages of 0.3, 0.7, 1.3, 2.6 and 4.5 s"
                        + " in turn; retries from 250 ms doubling to 5 s)%n", restarts));
        report.append(String.format(Locale.ROOT, "  to CONNECTED:                  p50 %7.1f ms   max %7.1f ms%n",
                millis(percentile(toConnected, 50)), millis(percentile(toConnected, 100))));
        report.append(String.format(Locale.ROOT, "  to the missed event delivered: p50 %7.1f ms   max %7.1f ms%n",
                millis(percentile(toMissedEvent, 50)), millis(percentile(toMissedEvent, 100))));
        for (Map.Entry<Long, List<Long>> e : byOutage.entrySet()) {
            report.append(String.format(Locale.ROOT, "    outage %4d ms: missed event delivered after %s ms%n", e.getKey(),
                    e.getValue().stream().map(v -> String.format(Locale.ROOT, "%.0f", millis(v))).toList()));
        }
    }

    /**
     * Closes the endpoint and the Jetty engine on its port, so that connections are refused as when
     * the server process is down (CXF otherwise keeps the port open and answers 404).
     */
    private static void stop(RestServer endpoint, int port) {
        endpoint.close();
        JettyHTTPServerEngineFactory.destroyForPort(port);
    }

    /** Submits at a fixed rate for {@code duration}; returns the time it took. */
    private long publish(RunningContactCenter center, String call, long period, long duration, boolean timed) {
        long start = System.nanoTime();
        long end = start + duration;
        long k = 0;
        while (true) {
            long next = start + k * period;
            if (next >= end) {
                return System.nanoTime() - start;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            submit(center, call, k, (timed ? "t-" : "w-") + k + "-" + System.nanoTime());
            k++;
            if (timed) {
                timedActions++;
            }
        }
    }

    private static void submit(RunningContactCenter center, String call, long k, String requestId) {
        ActionOutcome outcome = center.submit("a1", call,
                new ActionCommand(k % 2 == 0 ? "HOLD" : "RESUME", ActionParams.none(), requestId));
        if (outcome.rule() != null) {
            throw new IllegalStateException("the server refused " + requestId + ": " + outcome.message());
        }
    }

    private void onEvent(ConnectorEvent event) {
        long now = System.nanoTime();
        if (recording && event instanceof ConnectorEvent.ConnectionChanged) {
            connectionChanges++;
        }
        if (event instanceof ConnectorEvent.ActionCompleted c && c.requestId().startsWith("t-")) {
            if (recording && recorded < latencies.length) {
                String id = c.requestId();
                latencies[recorded] = now - Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
                recorded = recorded + 1;
            }
            return;
        }
        if (TRACE && event instanceof ConnectorEvent.ConnectionChanged c) {
            System.err.println(java.time.LocalTime.now() + " " + c);
        }
        arrivals.add(new Arrival(event, now));
    }

    private <T extends ConnectorEvent> T await(Class<T> type, java.util.function.Predicate<T> matching)
            throws InterruptedException {
        return type.cast(awaitArrival(type, matching).event());
    }

    /**
     * The first arrival since the last {@link #forget()} that matches, waiting for it. Events may
     * arrive in either order (a resumed stream's events can reach the listener before the session
     * reports CONNECTED), so nothing is discarded.
     */
    private <T extends ConnectorEvent> Arrival awaitArrival(Class<T> type, java.util.function.Predicate<T> matching)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int next = 0;
        while (true) {
            for (; next < seen.size(); next++) {
                Arrival a = seen.get(next);
                if (type.isInstance(a.event()) && matching.test(type.cast(a.event()))) {
                    return a;
                }
            }
            Arrival a = arrivals.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (a == null) {
                throw new IllegalStateException("no " + type.getSimpleName() + " as expected within " + WAIT);
            }
            seen.add(a);
        }
    }

    private void forget() {
        arrivals.clear();
        seen.clear();
    }

    private void latencyReport(StringBuilder report, int rate, double eventsPerAction, double actionsPerSecond,
            long published, long elapsed) {
        int n = recorded;
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        report.append(String.format(Locale.ROOT,
                "Server publish to SPI listener, REST connector over loopback (one JVM, System.nanoTime)%n"));
        report.append(String.format(Locale.ROOT,
                "  rate: %d events/s requested (%.1f actions/s, %.1f events each); %.1f events/s published over %.1f s%n",
                rate, actionsPerSecond, eventsPerAction, published / (elapsed / 1e9), elapsed / 1e9));
        report.append(String.format(Locale.ROOT,
                "  samples: %d of %d action outcomes reached the listener; connection changes meanwhile: %d%n", n,
                timedActions, connectionChanges));
        report.append(String.format(Locale.ROOT,
                "  latency: p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   p99.9 %.2f ms   max %.2f ms%n",
                millis(at(sorted, 50)), millis(at(sorted, 90)), millis(at(sorted, 99)), millis(at(sorted, 99.9)),
                millis(at(sorted, 100))));
    }

    private static long percentile(List<Long> values, double p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return at(sorted, p);
    }

    private static long at(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
