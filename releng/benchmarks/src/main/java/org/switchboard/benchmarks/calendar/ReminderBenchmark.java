package org.switchboard.benchmarks.calendar;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.rest.internal.RestConnectorComponent;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.FollowUpRequest;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;

/**
 * Follow-up reminders due all at once: {@code -followUps} follow-ups (1,000) spread over
 * {@code -agents} agents (10), all due at the same instant of the next minute at least 20 s away,
 * each agent's desktop connected through the REST connector (its own event stream, in this JVM on
 * loopback). The server runs its demo tick (every 250 ms) on the system clock, as the product does.
 * Counts every reminder that reaches a connector's listener (each must arrive exactly once) and its
 * lateness: the wall-clock time it reached the listener minus the instant it was due. Prints the load
 * average before and after and the process's CPU time over the burst.
 */
public final class ReminderBenchmark {

    private static final Duration TICK = Duration.ofMillis(250);
    private static final Duration LEAD = Duration.ofSeconds(20);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final List<Long> latenessMillis = java.util.Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        int agents = 10;
        int followUps = 1_000;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-agents" -> agents = Integer.parseInt(args[++i]);
                case "-followUps" -> followUps = Integer.parseInt(args[++i]);
                case "-out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        StringBuilder report = new StringBuilder();
        try {
            new ReminderBenchmark().run(Math.max(3, agents), followUps, report);
        } catch (Exception | Error e) {
            // connector and server threads are not daemons: without an exit the failure would hang
            e.printStackTrace();
            System.exit(1);
        }
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
        System.exit(0);
    }

    private void run(int agents, int followUps, StringBuilder report) throws Exception {
        Path data = Files.createTempDirectory("switchboard-reminder-bench");
        RunningContactCenter center = ContactCenters.start(ServerConfig.demo(agents), Clock.systemUTC(), TICK);
        RestServer rest = RestServer.start(center, 0, RestServer.DEFAULT_HEARTBEAT);
        ExecutorService listeners = Executors.newFixedThreadPool(2, r -> new Thread(r, "desktop-listener"));
        List<ConnectorSession> sessions = new ArrayList<>();
        try {
            for (int a = 1; a <= agents; a++) {
                String agentId = "a" + a;
                ConnectorSession s = new RestConnectorComponent().open(ConnectionSettings.of(rest.baseUri(), agentId,
                        (agentId + "-demo").toCharArray(), Files.createDirectories(data.resolve(agentId))));
                s.addListener(this::onEvent, listeners);
                sessions.add(s);
            }
            Instant due = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            LocalDateTime localDue = LocalDateTime.ofInstant(due, ZoneOffset.UTC);
            for (int i = 0; i < followUps; i++) {
                center.calendar().schedule("a" + (1 + i % agents), new FollowUpRequest("TASK", localDue, "UTC", 0,
                        "bench " + i, "Customer " + i, null, null));
            }
            String loadBefore = loadAverage();
            System.err.printf("%d follow-ups scheduled for %d agents, due %s; waiting for them%n", followUps, agents, due);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis() - 2_000));
            long cpuBefore = cpuNanos();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (latenessMillis.size() < followUps && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long cpu = cpuNanos() - cpuBefore;
            // anything sent twice would arrive within the next ticks
            Thread.sleep(TICK.toMillis() * 8);
            report(report, agents, followUps, loadBefore, loadAverage(), cpu);
        } finally {
            sessions.forEach(ConnectorSession::close);
            listeners.shutdownNow();
            rest.close();
            center.close();
            deleteQuietly(data);
        }
    }

    private void onEvent(ConnectorEvent event) {
        if (event instanceof ConnectorEvent.Reminder r) {
            long now = System.currentTimeMillis();
            if (arrivals.computeIfAbsent(r.followUp().id(), k -> new AtomicInteger()).incrementAndGet() == 1) {
                latenessMillis.add(now - r.followUp().remindAt().toEpochMilli());
            }
        }
    }

    private void report(StringBuilder report, int agents, int followUps, String loadBefore, String loadAfter, long cpu) {
        List<Long> sorted;
        synchronized (latenessMillis) {
            sorted = latenessMillis.stream().sorted().toList();
        }
        long twice = arrivals.values().stream().filter(n -> n.get() > 1).count();
        report.append(String.format(Locale.ROOT,
                "Reminders: %d follow-ups due at the same instant, %d agents each on its own REST connector stream,"
                        + " server tick %d ms%n", followUps, agents, TICK.toMillis()));
        report.append(String.format(Locale.ROOT, "  delivered: %d of %d, %d more than once%n", sorted.size(), followUps,
                twice));
        if (!sorted.isEmpty()) {
            report.append(String.format(Locale.ROOT, "  lateness (due to the connector's listener): p50 %d ms, p99 %d ms,"
                    + " max %d ms%n", percentile(sorted, 50), percentile(sorted, 99), sorted.getLast()));
        }
        report.append(String.format(Locale.ROOT, "  process CPU over the burst: %d ms; load average before %s, after %s%n",
                TimeUnit.NANOSECONDS.toMillis(cpu), loadBefore, loadAfter));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: left for the system to clean
        }
    }
}
