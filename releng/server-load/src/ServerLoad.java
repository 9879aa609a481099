import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.Set;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.server.sim.Simulator;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;

/**
 * Server load: the reference server's real code (contact center, REST API on CXF/Jetty, and its
 * store on an H2 file, which records every state change and audits every request) in one process,
 * N agents' clients in another. Each client holds the agent's event stream (SSE) and acts
 * over REST on loopback: answers (calls) or accepts (chats) what it is offered, talks for a while,
 * releases or ends, wraps up. The simulator injects interactions at a fixed rate over REST.
 *
 * <p>Measured: latency from an action's request to its outcome event on the agent's stream, events
 * delivered per second, errors (non-2xx answers, refused actions, streams lost), the server
 * process's CPU time per 1,000 actions and heap allocated per event delivered over the measured
 * time, and its heap used after a full GC.
 *
 * <p>{@code ServerLoad <agents> <rate/s> <seconds> [server JVM options]}: starts the server process
 * ({@code ServerLoad server <agents>}, which prints its URL and answers "heap" and "work" on stdin), then runs
 * the clients and the simulator here.
 */
public final class ServerLoad {

    private static final Pattern FIELD = Pattern.compile("\"(id|interactionId|requestId|state|channel|token)\":\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("server")) {
            server(Integer.parseInt(args[1]), java.nio.file.Path.of(args[2]));
            return;
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(Arrays.asList(args).subList(3, args.length));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "ServerLoad", "server", args[0],
                System.getProperty("serverload.data", "target/server-load-data")));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter in = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("URL ")) {
            System.out.println("server: " + line);
        }
        if (line == null) {
            throw new IllegalStateException("the server process did not start");
        }
        System.out.println("server process " + server.pid() + " (" + String.join(" ", command.subList(1,
                command.indexOf("-cp"))) + ") at " + line.substring(4));
        ServerLoad load = new ServerLoad(URI.create(line.substring(4)), Integer.parseInt(args[0]),
                Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        load.server = (question, answer) -> {
            in.println(question);
            try {
                String h;
                while ((h = out.readLine()) != null && !h.startsWith(answer + " ")) {
                    System.out.println("server: " + h);
                }
                return h == null ? null : h.substring(answer.length() + 1).split(" ");
            } catch (java.io.IOException e) {
                return null;
            }
        };
        int code = load.run();
        in.println("stop");
        server.waitFor(20, TimeUnit.SECONDS);
        server.destroy();
        System.exit(code);
    }

    // ---- the server process -------------------------------------------------------------------

    /** The server as the product runs it: the demo's agents, the H2 file store, ticks every 250 ms. */
    private static void server(int agents, java.nio.file.Path data) throws Exception {
        ServerConfig config = ServerConfig.demo(agents).withOfferTimeout(Duration.ofSeconds(20));
        StoreSettings h2 = StoreSettings.h2(data);
        try (DatabaseStore store = DatabaseStores.open(new StoreSettings(h2.jdbcUrl(), h2.user(), h2.password(), "SEVERE"));
                RunningContactCenter center = ContactCenters.start(config, Clock.systemUTC(), Duration.ofMillis(250),
                        store)) {
            RestServer rest = RestServer.start(center, 0, RestServer.DEFAULT_HEARTBEAT);
            AutoCloseable simulator = Simulator.serve(center, rest);
            System.out.println("URL " + rest.baseUri());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("stop")) {
                if (line.equals("heap")) {
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    System.out.println("HEAP " + used);
                } else if (line.equals("work")) {
                    System.out.println("WORK " + processCpuNanos() + " " + allocatedBytes());
                }
            }
            simulator.close();
            rest.close();
        }
    }

    /** CPU time of the whole server process (all its threads, the JVM's own included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes allocated on the heap by every thread since the JVM started, those that ended included. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    // ---- the clients ---------------------------------------------------------------------------

    private final URI base;
    private final int agents;
    private final int rate;
    private final int seconds;
    private final HttpClient[] clients = new HttpClient[8];
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final LongAdder events = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder streamsEnded = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder injected = new LongAdder();
    private final AtomicLong requestIds = new AtomicLong();
    private final List<long[]> latencies = new ArrayList<>();
    private volatile boolean measuring;
    private volatile boolean stopping;
    private final List<String> errorSamples = new ArrayList<>();
    private final LongAdder actions = new LongAdder();
    /** Asks the server process a question ("heap", "work") and returns the fields of its answer ("HEAP", "WORK"). */
    private java.util.function.BiFunction<String, String, String[]> server;

    private long[] serverWork() {
        String[] f = server.apply("work", "WORK");
        return f == null ? new long[] { -1, -1 } : new long[] { Long.parseLong(f[0]), Long.parseLong(f[1]) };
    }

    private ServerLoad(URI base, int agents, int rate, int seconds) {
        this.base = base;
        this.agents = agents;
        this.rate = rate;
        this.seconds = seconds;
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder().executor(work).connectTimeout(Duration.ofSeconds(10)).build();
        }
    }

    private final class Agent {
        final String id;
        final HttpClient http;
        String token;
        long[] lat = new long[64];
        final Set<String> handled = ConcurrentHashMap.newKeySet();
        int n;

        Agent(int i) {
            id = "a" + i;
            http = clients[i % clients.length];
        }

        synchronized void latency(long nanos) {
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = nanos;
        }

        void stream(CountDownLatch open, java.util.concurrent.Semaphore opening) {
            HttpRequest r = HttpRequest.newBuilder(base.resolve("events")).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<java.util.stream.Stream<String>> resp;
                try {
                    resp = http.send(r, HttpResponse.BodyHandlers.ofLines());
                } finally {
                    opening.release();
                    open.countDown();
                }
                if (resp.statusCode() != 200) {
                    error(id + " stream " + resp.statusCode());
                    return;
                }
                String name = null;
                for (var it = resp.body().iterator(); it.hasNext();) {
                    String line = it.next();
                    if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:") && name != null) {
                        onEvent(name, line.substring(5).strip());
                        name = null;
                    }
                }
                if (!stopping) {
                    streamsEnded.increment();
                    error(id + " stream ended " + sinceStart());
                }
            } catch (Exception e) {
                if (!stopping) {
                    streamsEnded.increment();
                    error(id + " stream " + e + " " + sinceStart());
                }
            }
        }

        private void onEvent(String name, String data) {
            if (measuring) {
                events.increment();
            }
            switch (name) {
                case "action-completed", "action-refused" -> {
                    String rid = field(data, "requestId");
                    Long t = rid == null ? null : sentAt.remove(rid);
                    if (t != null && measuring) {
                        latency(System.nanoTime() - t);
                    }
                    if (name.equals("action-refused")) {
                        refused.increment();
                        error(id + " refused " + data);
                    }
                }
                case "interaction" -> {
                    // The event's data is the server event; its data the interaction view.
                    String view = data.substring(data.indexOf("\"data\":") + 7);
                    String interaction = field(view, "id");
                    String state = field(view, "state");
                    String channel = field(view, "channel");
                    if ("OFFERED".equals(state) && view.contains("\"allowedActions\":[\"ANSWER\"")
                            || "OFFERED".equals(state) && "CHAT".equals(channel)) {
                        if (!handled.add(interaction)) {
                            return;
                        }
                        boolean voice = "VOICE".equals(channel);
                        work.execute(() -> act(interaction, voice ? "ANSWER" : "ACCEPT", null));
                        long talk = 2000 + (long) (Math.random() * 3000);
                        timer.schedule(() -> work.execute(() -> {
                            act(interaction, voice ? "RELEASE" : "END", null);
                            act(interaction, "WRAP_UP", "{\"disposition\":\"resolved\"}");
                        }), talk, TimeUnit.MILLISECONDS);
                    }
                }
                default -> {
                }
            }
        }

        void act(String interaction, String action, String params) {
            String rid = id + "-" + requestIds.incrementAndGet();
            String body = "{\"action\":\"" + action + "\",\"requestId\":\"" + rid + "\""
                    + (params == null ? "" : ",\"params\":" + params) + "}";
            sentAt.put(rid, System.nanoTime());
            if (measuring) {
                actions.increment();
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("interactions/" + interaction
                        + "/actions")).header("Authorization", "Bearer " + token).header("Content-Type",
                                "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 202) {
                    sentAt.remove(rid);
                    error(id + " " + action + " " + r.statusCode() + " " + r.body());
                }
            } catch (Exception e) {
                sentAt.remove(rid);
                error(id + " " + action + " " + e);
            }
        }
    }

    private final long created = System.nanoTime();

    /** When, counted from the first login. */
    private String sinceStart() {
        return String.format("%.1f s after the first login", (System.nanoTime() - created) / 1e9);
    }

    /** The 1, 5 and 15 minute load averages, where the system tells them. */
    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    private void error(String what) {
        errors.increment();
        synchronized (errorSamples) {
            if (errorSamples.size() < 10) {
                errorSamples.add(what);
            }
        }
    }

    private HttpResponse<String> post(HttpClient http, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int run() throws Exception {
        List<Agent> all = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            all.add(new Agent(i));
        }
        System.out.printf("machine: %d cores, load average %s at the start%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.printf("run: %d agents log in, go Ready and open their event streams; then the simulator injects %d"
                + " interactions/s for %d s while every figure below is measured%n", agents, rate, seconds);
        long t0 = System.nanoTime();
        CountDownLatch loggedIn = new CountDownLatch(agents);
        CountDownLatch streaming = new CountDownLatch(agents);
        // Desktops do not all connect in the same millisecond: at most 64 logins and stream openings at once.
        java.util.concurrent.Semaphore opening = new java.util.concurrent.Semaphore(64);
        for (Agent a : all) {
            opening.acquireUninterruptibly();
            work.execute(() -> {
                boolean streamStarted = false;
                try {
                    HttpResponse<String> r = post(a.http, "sessions", null,
                            "{\"agentId\":\"" + a.id + "\",\"password\":\"" + a.id + "-demo\"}");
                    a.token = field(r.body(), "token");
                    work.execute(() -> a.stream(streaming, opening));
                    streamStarted = true;
                    HttpResponse<String> s = a.http.send(HttpRequest.newBuilder(base.resolve("agents/" + a.id + "/state"))
                            .header("Authorization", "Bearer " + a.token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"READY\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200 || s.statusCode() != 200) {
                        error(a.id + " login " + r.statusCode() + " ready " + s.statusCode());
                    }
                } catch (Exception e) {
                    error(a.id + " login " + e);
                } finally {
                    if (!streamStarted) {
                        opening.release();
                        streaming.countDown();
                    }
                    loggedIn.countDown();
                }
            });
        }
        loggedIn.await();
        streaming.await();
        System.out.printf("%d agents logged in, Ready, streams open in %.1f s%n", agents,
                (System.nanoTime() - t0) / 1e9);

        // The simulator: calls to both voice queues and chats, at a fixed rate, over REST as the simulator's account.
        HttpClient simHttp = HttpClient.newBuilder().executor(work).build();
        String simToken = field(post(simHttp, "sessions", null, "{\"agentId\":\"sim\",\"password\":\"sim-demo\"}").body(),
                "token");
        String[] kinds = { "calls:sales", "calls:support", "chats:chat-support" };
        AtomicLong k = new AtomicLong();
        long periodMicros = 1_000_000L / rate;
        long[] workBefore = serverWork();
        measuring = true;
        long start = System.nanoTime();
        var inject = timer.scheduleAtFixedRate(() -> work.execute(() -> {
            String[] kind = kinds[(int) (k.getAndIncrement() % kinds.length)].split(":");
            try {
                HttpResponse<String> r = post(simHttp, "sim/" + kind[0], simToken, "{\"queueId\":\"" + kind[1]
                        + "\",\"callerName\":\"Load Test\",\"callerNumber\":\"+12015550188\"}");
                if (r.statusCode() != 201) {
                    error("inject " + r.statusCode() + " " + r.body());
                } else {
                    injected.increment();
                }
            } catch (Exception e) {
                error("inject " + e);
            }
        }), 0, periodMicros, TimeUnit.MICROSECONDS);
        for (int s = 10; s <= seconds; s += 10) {
            Thread.sleep(10_000);
            System.out.printf("  %3d s: %d injected, %d events, %d errors%n", s, injected.sum(), events.sum(),
                    errors.sum());
        }
        inject.cancel(false);
        measuring = false;
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] workAfter = serverWork();
        String[] heapAnswer = server.apply("heap", "HEAP");
        long used = heapAnswer == null ? -1 : Long.parseLong(heapAnswer[0]);
        long[] lat = all.stream().flatMapToLong(a -> {
            synchronized (a) {
                return Arrays.stream(Arrays.copyOf(a.lat, a.n));
            }
        }).sorted().toArray();
        stopping = true;
        System.out.printf("measured for %.1f s; machine load average %s at the end%n", elapsed, loadAverage());
        System.out.printf("injected: %d interactions in %.1f s (%.1f /s)%n", injected.sum(), elapsed,
                injected.sum() / elapsed);
        System.out.printf("actions measured: %d%n", lat.length);
        if (lat.length > 0) {
            System.out.printf("action request to its outcome event: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.99)] / 1e6, lat[lat.length - 1] / 1e6);
        }
        System.out.printf("events delivered: %d (%.0f events/s)%n", events.sum(), events.sum() / elapsed);
        System.out.printf("errors: %d (refused actions %d, event streams ended %d of %d)%n", errors.sum(),
                refused.sum(), streamsEnded.sum(), agents);
        errorSamples.forEach(e -> System.out.println("  e.g. " + e));
        double cpu = (workAfter[0] - workBefore[0]) / 1e9;
        long allocated = workAfter[1] - workBefore[1];
        System.out.printf("server CPU time: %.1f s over the %.1f s measured (%.2f of %d cores); %d actions sent:"
                + " %.0f ms per 1,000 actions%n", cpu, elapsed, cpu / elapsed, Runtime.getRuntime().availableProcessors(),
                actions.sum(), actions.sum() == 0 ? 0 : cpu * 1e3 / actions.sum() * 1000);
        System.out.printf("server allocation: %.0f MiB over the measured time: %.1f KiB per event delivered%n",
                allocated / 1048576.0, events.sum() == 0 ? 0 : allocated / 1024.0 / events.sum());
        System.out.printf("server heap used after a full GC, agents logged in and streaming: %.1f MiB%n",
                used / 1048576.0);
        return errors.sum() == 0 ? 0 : 1;
    }

}
